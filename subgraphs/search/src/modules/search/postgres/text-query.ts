import type { LexemePositions } from './text-rank.js';

/**
 * A tsquery as PostgreSQL prints it (`'quantum' & !'physic' | 'linear' <-> 'algebra'`), read into a tree.
 * Only what the in-memory text index evaluates is read: lexemes combined by `&`, `|`, `!` and phrases of
 * lexemes (`<->`, `<N>`: the right one N positions after the left, as websearch_to_tsquery writes quoted
 * text and hyphenated words). A weight or a prefix (`:A`, `:*`), or a phrase over anything but lexemes, makes
 * `parseTextQuery` answer null, and the search runs in SQL.
 */
export type TextQuery =
  | { kind: 'term'; lexeme: string }
  | { kind: 'not'; operand: TextQuery }
  | { kind: 'and' | 'or'; left: TextQuery; right: TextQuery }
  | { kind: 'phrase'; left: TextQuery; right: TextQuery; distance: number };

type Token =
  | { kind: 'term'; lexeme: string }
  | { kind: '&' | '|' | '!' | '(' | ')' }
  | { kind: 'phrase'; distance: number };

/** A quoted lexeme starting at `start` (its opening quote): PostgreSQL doubles quotes and backslashes. */
function readLexeme(text: string, start: number): { lexeme: string; end: number } | null {
  let lexeme = '';
  for (let at = start + 1; at < text.length; at += 1) {
    const char = text[at] as string;
    if (char === "'" && text[at + 1] === "'") at += 1;
    else if (char === '\\' && at + 1 < text.length) at += 1;
    else if (char === "'") return { lexeme, end: at + 1 };
    lexeme += text[at];
  }
  return null;
}

function tokensOf(text: string): Token[] | null {
  const tokens: Token[] = [];
  for (let at = 0; at < text.length; ) {
    const char = text[at] as string;
    if (char === ' ') at += 1;
    else if (char === "'") {
      const read = readLexeme(text, at);
      // A weight or prefix marker follows the lexeme with a colon: not evaluated here.
      if (!read || text[read.end] === ':') return null;
      tokens.push({ kind: 'term', lexeme: read.lexeme });
      at = read.end;
    } else if (char === '&' || char === '|' || char === '!' || char === '(' || char === ')') {
      tokens.push({ kind: char });
      at += 1;
    } else if (char === '<') {
      const end = text.indexOf('>', at);
      const distance = text.slice(at + 1, end);
      if (end === -1 || !/^(-|\d+)$/.test(distance)) return null;
      tokens.push({ kind: 'phrase', distance: distance === '-' ? 1 : Number(distance) });
      at = end + 1;
    } else return null;
  }
  return tokens;
}

/** Whether a phrase operand is made of lexemes alone. */
const lexemesOnly = (query: TextQuery): boolean =>
  query.kind === 'term' || (query.kind === 'phrase' && lexemesOnly(query.left) && lexemesOnly(query.right));

/**
 * The tree of a printed tsquery, `|` binding loosest, then `&`, then phrases, then `!`; an empty query (only
 * stop words) is `'empty'`; null for anything else (weights, prefixes, phrases of more than lexemes).
 *
 * @example
 * parseTextQuery("'quantum' & 'physic'"); // { kind: 'and', left: { kind: 'term', lexeme: 'quantum' }, … }
 */
export function parseTextQuery(text: string): TextQuery | 'empty' | null {
  const tokens = tokensOf(text);
  if (!tokens) return null;
  if (tokens.length === 0) return 'empty';
  let at = 0;
  const next = () => tokens[at];

  function primary(): TextQuery | null {
    const token = next();
    at += 1;
    if (token?.kind === 'term') return { kind: 'term', lexeme: token.lexeme };
    if (token?.kind === '!') {
      const operand = primary();
      return operand && { kind: 'not', operand };
    }
    if (token?.kind === '(') {
      const inner = disjunction();
      if (next()?.kind !== ')') return null;
      at += 1;
      return inner;
    }
    return null;
  }
  function binary(kind: 'and' | 'or', operator: '&' | '|', operand: () => TextQuery | null) {
    let left = operand();
    while (left && next()?.kind === operator) {
      at += 1;
      const right = operand();
      left = right && { kind, left, right };
    }
    return left;
  }
  function phrase(): TextQuery | null {
    let left = primary();
    for (let token = next(); left && token?.kind === 'phrase'; token = next()) {
      at += 1;
      const right = primary();
      left =
        right && lexemesOnly(left) && lexemesOnly(right)
          ? { kind: 'phrase', left, right, distance: token.distance }
          : null;
    }
    return left;
  }
  const conjunction = () => binary('and', '&', phrase);
  const disjunction = (): TextQuery | null => binary('or', '|', conjunction);

  const query = disjunction();
  return query && at === tokens.length ? query : null;
}

/** A phrase's lexemes, each with how many positions after the phrase's first word it must stand. */
function phraseWords(query: TextQuery, start: number): Array<{ lexeme: string; offset: number }> {
  if (query.kind === 'term') return [{ lexeme: query.lexeme, offset: start }];
  if (query.kind !== 'phrase') return [];
  const left = phraseWords(query.left, start);
  const leftEnd = Math.max(...left.map((word) => word.offset));
  return [...left, ...phraseWords(query.right, leftEnd + query.distance)];
}

/** Whether a document's positions of one lexeme (packed with their weights, ascending) hold `wanted`. */
function holdsPosition(document: LexemePositions, at: number, wanted: number): boolean {
  for (let index = document.starts[at] as number; index < (document.starts[at + 1] as number); index += 1) {
    const position = (document.positions[index] as number) & 0x3fff;
    if (position >= wanted) return position === wanted;
  }
  return false;
}

/**
 * The query as a test on a document: `found[i]` is where the document holds `lexemes[i]`, -1 where it does
 * not, `position(lexeme)` giving each lexeme's i. Compiled once, applied to every candidate document. A
 * phrase holds where its first word stands at some position p and every other word at p plus its offset.
 */
export function compileQuery(
  query: TextQuery,
  position: (lexeme: string) => number,
): (found: Int32Array, document: LexemePositions) => boolean {
  switch (query.kind) {
    case 'term': {
      const index = position(query.lexeme);
      return (found) => (found[index] as number) >= 0;
    }
    case 'phrase': {
      const [first, ...rest] = phraseWords(query, 0).map((word) => ({
        index: position(word.lexeme),
        offset: word.offset,
      }));
      if (!first) return () => false;
      return (found, document) => {
        const firstAt = found[first.index] as number;
        if (firstAt < 0 || rest.some((word) => (found[word.index] as number) < 0)) return false;
        for (
          let index = document.starts[firstAt] as number;
          index < (document.starts[firstAt + 1] as number);
          index += 1
        ) {
          const start = (document.positions[index] as number) & 0x3fff;
          if (rest.every((word) => holdsPosition(document, found[word.index] as number, start + word.offset)))
            return true;
        }
        return false;
      };
    }
    case 'not': {
      const operand = compileQuery(query.operand, position);
      return (found, document) => !operand(found, document);
    }
    case 'and': {
      const left = compileQuery(query.left, position);
      const right = compileQuery(query.right, position);
      return (found, document) => left(found, document) && right(found, document);
    }
    case 'or': {
      const left = compileQuery(query.left, position);
      const right = compileQuery(query.right, position);
      return (found, document) => left(found, document) || right(found, document);
    }
  }
}

/**
 * Lexemes such that every match holds one of them, to draw candidates from: for `a & b` (or a phrase) the
 * side held by fewer documents, for `a | b` both sides. Null when a match may hold none of the query's lexemes (a
 * negation not bounded by a word that must be there).
 */
export function candidateLexemes(query: TextQuery, documentsWith: (lexeme: string) => number): string[] | null {
  const cost = (lexemes: string[]) => lexemes.reduce((sum, lexeme) => sum + documentsWith(lexeme), 0);
  switch (query.kind) {
    case 'term':
      return [query.lexeme];
    case 'not':
      return null;
    case 'and':
    case 'phrase': {
      const left = candidateLexemes(query.left, documentsWith);
      const right = candidateLexemes(query.right, documentsWith);
      if (!left || !right) return left ?? right;
      return cost(left) <= cost(right) ? left : right;
    }
    case 'or': {
      const left = candidateLexemes(query.left, documentsWith);
      const right = candidateLexemes(query.right, documentsWith);
      return left && right ? [...left, ...right] : null;
    }
  }
}

/** Every lexeme of a query, negated ones too, in the order they are written. */
export function lexemesOf(query: TextQuery): string[] {
  switch (query.kind) {
    case 'term':
      return [query.lexeme];
    case 'not':
      return lexemesOf(query.operand);
    default:
      return [...lexemesOf(query.left), ...lexemesOf(query.right)];
  }
}
