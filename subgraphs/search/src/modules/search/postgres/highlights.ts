import type { Database } from '../../../db.js';
import type { Highlight } from '../search-engine.js';

// ts_headline marks matches with these control characters (they cannot appear in indexed text people
// typed); the text is HTML-escaped afterwards and only then are they turned into <mark> tags.
const start = '\u0002';
const stop = '\u0003';
const titleOptions = `StartSel=${start}, StopSel=${stop}, HighlightAll=true`;
const descriptionOptions = `StartSel=${start}, StopSel=${stop}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

const escapeHtml = (text: string) =>
  text
    .replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
    .replaceAll(start, '<mark>')
    .replaceAll(stop, '</mark>');

/** Title and description snippets of the given resources with the words matching `text` marked, in one query. */
export async function highlightsOf(
  db: Database,
  text: string,
  ids: readonly string[],
): Promise<Map<string, Highlight>> {
  const rows = await db.$queryRaw<Array<{ id: string; title: string; description: string | null }>>`
    SELECT id::text, ts_headline('english', title, query, ${titleOptions}) AS title,
           CASE WHEN description IS NULL THEN NULL
                ELSE ts_headline('english', description, query, ${descriptionOptions}) END AS description
    FROM search_document, websearch_to_tsquery('english', ${text}) AS query
    WHERE id = ANY(${ids}::uuid[])`;
  return new Map(
    rows.map((row) => [
      row.id,
      { title: escapeHtml(row.title), description: row.description === null ? null : escapeHtml(row.description) },
    ]),
  );
}
