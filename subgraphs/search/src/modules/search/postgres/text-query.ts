/**
 * A tsquery as PostgreSQL prints it (`'quantum' & !'physic' | 'algebra'`), read into a tree. Only what the
 * in-memory text index evaluates is read: lexemes combined by `&`, `|` and `!`. A phrase (`<->`), a weight
 * or a prefix (`:A`, `:*`) makes `parseTextQuery` answer null, and the search runs in SQL.
 */
export type TextQuery =
  | { kind: 'term'; lexeme: string }
  | { kind: 'not'; operand: TextQuery }
  | { kind: 'and' | 'or'; left: TextQuery; right: TextQuery };

type Token = { kind: 'term'; lexeme: string } | { kind: '&' | '|' | '!' | '(' | ')' };

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
    } else return null;
  }
  return tokens;
}

/**
 * The tree of a printed tsquery, `|` binding loosest, then `&`, then `!`; an empty query (only stop words)
 * is `'empty'`; null for anything else (phrases, weights, prefixes).
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
  const conjunction = () => binary('and', '&', primary);
  const disjunction = (): TextQuery | null => binary('or', '|', conjunction);

  const query = disjunction();
  return query && at === tokens.length ? query : null;
}

/**
 * The query as a test on a document: `found[i]` is where the document holds `lexemes[i]`, -1 where it does
 * not, `position(lexeme)` giving each lexeme's i. Compiled once, applied to every candidate document.
 */
export function compileQuery(query: TextQuery, position: (lexeme: string) => number): (found: Int32Array) => boolean {
  switch (query.kind) {
    case 'term': {
      const index = position(query.lexeme);
      return (found) => (found[index] as number) >= 0;
    }
    case 'not': {
      const operand = compileQuery(query.operand, position);
      return (found) => !operand(found);
    }
    case 'and': {
      const left = compileQuery(query.left, position);
      const right = compileQuery(query.right, position);
      return (found) => left(found) && right(found);
    }
    case 'or': {
      const left = compileQuery(query.left, position);
      const right = compileQuery(query.right, position);
      return (found) => left(found) || right(found);
    }
  }
}

/**
 * Lexemes such that every match holds one of them, to draw candidates from: for `a & b` the side held by
 * fewer documents, for `a | b` both sides. Null when a match may hold none of the query's lexemes (a
 * negation not bounded by a word that must be there).
 */
export function candidateLexemes(query: TextQuery, documentsWith: (lexeme: string) => number): string[] | null {
  const cost = (lexemes: string[]) => lexemes.reduce((sum, lexeme) => sum + documentsWith(lexeme), 0);
  switch (query.kind) {
    case 'term':
      return [query.lexeme];
    case 'not':
      return null;
    case 'and': {
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
