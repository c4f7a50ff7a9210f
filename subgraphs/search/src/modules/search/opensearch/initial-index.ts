import type { API, Client } from '@opensearch-project/opensearch';
import { documentMappings } from './search-document.js';

/** The index a first start creates behind the alias; a reindex later replaces it with `<alias>-<timestamp>`. */
export const initialIndexOf = (alias: string) => `${alias}-0`;

/**
 * Makes sure searches and writes through `alias` reach an index with the document mappings. On a cluster
 * that has neither the alias nor an index of that name, creates `<alias>-0` with the mappings and the alias
 * in one request, so no write can reach it before its mappings (a write to a missing name would create an
 * index with guessed ones). Processes starting at once all ask for the same name: the first creates it, the
 * others are refused (`resource_already_exists_exception`) and find the alias there. An alias or an index
 * already named `alias` is left as it is.
 *
 * @example
 * await ensureSearchIndex(new Client({ node: 'http://127.0.0.1:9200' }), 'learning-resources');
 */
export async function ensureSearchIndex(client: Client, alias: string): Promise<void> {
  const answers = async () => (await client.indices.exists({ index: alias })).body;
  if (await answers()) return;
  const body = { mappings: documentMappings, aliases: { [alias]: {} } } as API.Indices_Create_RequestBody;
  try {
    await client.indices.create({ index: initialIndexOf(alias), body });
  } catch (error) {
    if (!(await answers())) throw error;
  }
}
