import type { Database } from '../../../db.js';

/** The words of a query worth correcting: letters and digits, three or more of them. */
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];

/**
 * "Did you mean": each word of `text` that is not in the vocabulary is replaced by the most similar
 * single word that is (pg_trgm similarity, its default threshold 0.3). The correction is offered only
 * when it differs and finds published resources.
 *
 * @example
 * await correctQuery(db, 'quantm physics'); // 'quantum physics'
 */
export async function correctQuery(db: Database, text: string): Promise<string | null> {
  const words = [...new Set(wordsOf(text))];
  if (words.length === 0) return null;
  const rows = await db.$queryRaw<Array<{ word: string; term: string | null }>>`
    SELECT word, CASE WHEN EXISTS (SELECT 1 FROM search_term WHERE term = word) THEN word ELSE (
      SELECT term FROM search_term WHERE term % word AND position(' ' IN term) = 0
      ORDER BY similarity(term, word) DESC, term LIMIT 1) END AS term
    FROM unnest(${words}::text[]) AS word`;
  const replacements = new Map(
    rows.flatMap((row) => (row.term && row.term !== row.word ? [[row.word, row.term]] : [])),
  );
  if (replacements.size === 0) return null;
  const corrected = text.replace(/[\p{L}\p{N}]{3,}/gu, (word) => replacements.get(word.toLowerCase()) ?? word);
  const [hit] = await db.$queryRaw<Array<{ found: boolean }>>`
    SELECT EXISTS (SELECT 1 FROM search_document, websearch_to_tsquery('english', ${corrected}) AS query
                   WHERE published AND document @@ query) AS found`;
  return hit?.found ? corrected : null;
}

/** Terms beginning with `prefix` (already lower-cased), shortest first; LIKE's wildcards are escaped. */
export async function termsStartingWith(db: Database, prefix: string, limit: number): Promise<string[]> {
  const pattern = `${prefix.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  const rows = await db.$queryRaw<Array<{ term: string }>>`
    SELECT term FROM search_term WHERE term LIKE ${pattern} ORDER BY length(term), term LIMIT ${limit}`;
  return rows.map((row) => row.term);
}
