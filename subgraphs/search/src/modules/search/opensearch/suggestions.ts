import type { Client } from '@opensearch-project/opensearch';
import { runSearch } from './run-search.js';

const escapeRegex = (text: string) => text.replace(/[.?+*|{}[\]()"\\#@&<>~]/g, '\\$&');

/** Indexed terms (words and names, lower-cased) beginning with `prefix`, shortest first. */
export async function termsStartingWith(client: Client, index: string, prefix: string, limit: number) {
  const normalized = prefix.trim().toLowerCase();
  if (normalized === '') return [];
  const body = await runSearch(client, index, {
    size: 0,
    query: { term: { published: true } },
    aggs: { terms: { terms: { field: 'terms', include: `${escapeRegex(normalized)}.*`, size: limit * 10 } } },
  });
  const buckets = body.aggregations?.terms?.buckets ?? [];
  return buckets
    .map((bucket) => String(bucket.key))
    .sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit);
}

/** `text` with each misspelt word replaced by the closest indexed term (term suggester), or null when none is. */
export async function correctQuery(client: Client, index: string, text: string): Promise<string | null> {
  if (text.trim() === '') return null;
  const body = await runSearch(client, index, {
    size: 0,
    // The text is global: the specification allows one suggester kind per named suggester and nothing else.
    suggest: {
      text: text.toLowerCase(),
      words: { term: { field: 'terms', analyzer: 'standard', suggest_mode: 'missing' } },
    },
  });
  const entries = body.suggest?.words ?? [];
  if (!entries.some((entry) => entry.options.length > 0)) return null;
  return entries.map((entry) => entry.options[0]?.text ?? entry.text).join(' ');
}
