import type { Database } from '../../../db.js';
import type { SearchHit } from '../search-engine.js';
import { topK } from './nearest-neighbours.js';
import { candidateLexemes, compileQuery, parseTextQuery, type TextQuery } from './text-query.js';
import { type LexemePositions, textRank } from './text-rank.js';

export interface TextRow {
  id: string;
  published: boolean;
  document: string | null;
}

/** A document's lexemes (interned ids, ascending) and, for the lexeme at index i, positions[starts[i] … starts[i+1]]. */
interface StoredDocument extends LexemePositions {
  id: string;
  lexemes: Int32Array;
}

const weightCodes: Record<string, number> = { A: 3, B: 2, C: 1, D: 0 };

/**
 * A tsvector as PostgreSQL prints it (`'algebra':2A,7C 'linear':1A`): each lexeme (quotes and backslashes
 * doubled) with its positions, each packed with its weight as in `text-rank.ts`.
 */
export function parseTsvector(text: string): Array<{ lexeme: string; positions: number[] }> {
  const entries: Array<{ lexeme: string; positions: number[] }> = [];
  let at = 0;
  while (at < text.length) {
    if (text[at] !== "'") {
      at += 1;
      continue;
    }
    let lexeme = '';
    for (at += 1; at < text.length; at += 1) {
      const char = text[at] as string;
      if (char === "'" && text[at + 1] === "'") at += 1;
      else if (char === '\\') at += 1;
      else if (char === "'") break;
      lexeme += text[at] ?? '';
    }
    at += 1;
    const packed: number[] = [];
    if (text[at] === ':') {
      const end = text.indexOf(' ', at);
      for (const position of text.slice(at + 1, end === -1 ? text.length : end).split(',')) {
        const weight = weightCodes[position.at(-1) ?? ''];
        packed.push(weight === undefined ? Number(position) : Number(position.slice(0, -1)) | (weight << 14));
      }
      at = end === -1 ? text.length : end;
    }
    entries.push({ lexeme, positions: packed });
  }
  return entries;
}

/**
 * The matches of one query: their ids, the best of them by `ts_rank` among those `accepts` lets through,
 * and how many it lets through.
 */
export interface TextMatches {
  ids(): string[];
  best(k: number, accepts: ((id: string) => boolean) | null): { hits: SearchHit[]; total: number };
  count(accepts: ((id: string) => boolean) | null): number;
}

/**
 * Full-text matching and ranking in memory: every published document's tsvector (as PostgreSQL computed
 * it), with a list of documents per lexeme, kept current by the change feed `refresh` runs (see
 * `createCatalogCopy`), which hands the rows to `apply`. A query is turned into a tsquery by PostgreSQL
 * (`websearch_to_tsquery`, so stemming and stop words are the database's), then matched here (phrases by
 * the positions the tsvector holds) and ranked with `ts_rank`'s arithmetic (see `textRank`): the same
 * matches, order and scores as SQL, without reading every matching row from disk to rank it. Queries that
 * only exclude words are left to SQL (`match` answers null).
 *
 * @example
 * const { text } = createCatalogCopy(db);
 * const found = await text.match('linear algebra');
 * const page = found?.best(20, null);
 */
export function createTextIndex(db: Database, refresh: () => Promise<void>) {
  const lexemeIds = new Map<string, number>();
  const postings: number[][] = [];
  const slots = new Map<string, number>();
  const documents: Array<StoredDocument | undefined> = [];
  const free: number[] = [];
  let seen = new Uint32Array(0);
  let stamp = 0;

  const lexemeId = (lexeme: string) => {
    let id = lexemeIds.get(lexeme);
    if (id === undefined) {
      id = postings.push([]) - 1;
      lexemeIds.set(lexeme, id);
    }
    return id;
  };

  function remove(id: string) {
    const slot = slots.get(id);
    if (slot === undefined) return;
    for (const lexeme of documents[slot]?.lexemes ?? []) {
      const list = postings[lexeme] as number[];
      const index = list.indexOf(slot);
      list[index] = list[list.length - 1] as number;
      list.pop();
    }
    slots.delete(id);
    documents[slot] = undefined;
    free.push(slot);
  }

  function put(id: string, text: string) {
    remove(id);
    const entries = parseTsvector(text)
      .map((entry) => ({ lexeme: lexemeId(entry.lexeme), positions: entry.positions }))
      .sort((a, b) => a.lexeme - b.lexeme);
    if (entries.length === 0) return;
    const starts = new Uint32Array(entries.length + 1);
    entries.forEach((entry, index) => {
      starts[index + 1] = (starts[index] as number) + entry.positions.length;
    });
    const positions = new Uint16Array(starts[entries.length] as number);
    for (const [index, entry] of entries.entries()) positions.set(entry.positions, starts[index]);
    const slot = free.pop() ?? documents.length;
    documents[slot] = { id, lexemes: Int32Array.from(entries, (entry) => entry.lexeme), starts, positions };
    slots.set(id, slot);
    for (const entry of entries) postings[entry.lexeme]?.push(slot);
  }

  /** Fills `found[i]` with the index at which `document` holds lexeme `wanted[i]`, or -1. */
  function locate(document: StoredDocument, wanted: Int32Array, found: Int32Array) {
    for (let index = 0; index < wanted.length; index += 1) {
      const lexeme = wanted[index] as number;
      let low = 0;
      let high = document.lexemes.length;
      found[index] = -1;
      while (low < high) {
        const middle = (low + high) >> 1;
        const here = document.lexemes[middle] as number;
        if (here === lexeme) {
          found[index] = middle;
          break;
        }
        if (here < lexeme) low = middle + 1;
        else high = middle;
      }
    }
  }

  /** Each document holding any of `sources` once, that `holds` says yes to. */
  function matchingDocuments(sources: Int32Array, holds: (document: StoredDocument) => boolean) {
    if (seen.length < documents.length) seen = new Uint32Array(documents.length * 2);
    stamp += 1;
    if (stamp === 0xffffffff) {
      seen.fill(0);
      stamp = 1;
    }
    const found: StoredDocument[] = [];
    for (const lexeme of sources) {
      for (const slot of postings[lexeme] ?? []) {
        if (seen[slot] === stamp) continue;
        seen[slot] = stamp;
        const document = documents[slot];
        if (document && holds(document)) found.push(document);
      }
    }
    return found;
  }

  const none: TextMatches = { ids: () => [], best: () => ({ hits: [], total: 0 }), count: () => 0 };

  // What websearch_to_tsquery makes of a text depends on the text alone (and the database's fixed 'english'
  // configuration): the latest 1,000 are kept, saving a round trip for queries asked again.
  const printedQueries = new Map<string, string>();
  async function tsqueryOf(text: string): Promise<string> {
    const known = printedQueries.get(text);
    if (known !== undefined) return known;
    const [row] = await db.$queryRaw<Array<{ query: string }>>`
      SELECT websearch_to_tsquery('english', ${text})::text AS query`;
    const printed = row?.query ?? '';
    if (printedQueries.size >= 1000) printedQueries.delete(printedQueries.keys().next().value as string);
    printedQueries.set(text, printed);
    return printed;
  }

  // The matches of a query stay the same until a row changes: a faceted search asks for them twice (the
  // page, then the counts), and popular queries come again. The latest 100 are kept, forgotten whenever
  // the change feed applies anything.
  const recentMatches = new Map<string, TextMatches>();

  function matchesOf(query: TextQuery): TextMatches | null {
    const idOf = (lexeme: string) => lexemeIds.get(lexeme) ?? -1;
    const sources = candidateLexemes(query, (lexeme) => postings[idOf(lexeme)]?.length ?? 0);
    // A match that may hold none of the query's lexemes (`-word` alone) is not found through lexemes.
    if (sources === null) return null;
    const { lexemes, rank } = textRank(query);
    const test = compileQuery(query, (lexeme) => lexemes.indexOf(lexeme));
    const where = new Int32Array(lexemes.length);
    // A lexeme no document holds gets an id no document has.
    const wanted = Int32Array.from(lexemes, idOf);
    const found = matchingDocuments(
      Int32Array.from(sources, idOf),
      query.kind === 'term'
        ? () => true
        : (document) => {
            locate(document, wanted, where);
            return test(where, document);
          },
    );
    return {
      ids: () => found.map((document) => document.id),
      best(k, accepts) {
        const best = topK(k);
        let total = 0;
        for (const document of found) {
          if (accepts && !accepts(document.id)) continue;
          total += 1;
          locate(document, wanted, where);
          const score = rank(document, where);
          if (score >= best.floor()) best.offer(document.id, score);
        }
        return { hits: best.result(), total };
      },
      count: (accepts) =>
        accepts ? found.reduce((total, document) => (accepts(document.id) ? total + 1 : total), 0) : found.length,
    };
  }

  return {
    /** Stores the published rows' tsvectors and drops the others'. */
    apply(rows: TextRow[]) {
      if (rows.length > 0) recentMatches.clear();
      for (const row of rows) {
        if (row.published && row.document !== null) put(row.id, row.document);
        else remove(row.id);
      }
    },
    /** The published documents matching `text` (search-box syntax), or null when SQL must answer. */
    async match(text: string): Promise<TextMatches | null> {
      const [printed] = await Promise.all([tsqueryOf(text), refresh()]);
      const query = parseTextQuery(printed);
      if (query === null) return null;
      if (query === 'empty') return none;
      const known = recentMatches.get(printed);
      if (known) return known;
      const found = matchesOf(query);
      if (!found) return null;
      if (recentMatches.size >= 100) recentMatches.delete(recentMatches.keys().next().value as string);
      recentMatches.set(printed, found);
      return found;
    },
  };
}

export type TextIndex = ReturnType<typeof createTextIndex>;
