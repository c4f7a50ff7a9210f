import type { API, Client } from '@opensearch-project/opensearch';
import type { ResourceSnapshot } from '../../index-sync/resource-snapshot.js';
import { documentMappings, toOpenSearchDocument } from './search-document.js';

/** Resources to index, in batches, each with the version it was read at. */
export type ResourceBatches = AsyncIterable<ReadonlyArray<{ resource: ResourceSnapshot; version: number }>>;

/**
 * Builds a new index `<alias>-<timestamp>` from `batches` with `_bulk`, then moves `alias` onto it in one
 * `_aliases` call (remove from every old index and add to the new one atomically), so searches keep
 * answering from the old index until the swap; the old indices are deleted afterwards.
 */
export async function reindexWithAliasSwap(
  client: Client,
  alias: string,
  batches: ResourceBatches,
  now: Date = new Date(),
): Promise<{ index: string; documents: number }> {
  const index = `${alias}-${now.getTime()}`;
  await client.indices.create({ index, body: { mappings: documentMappings } as API.Indices_Create_RequestBody });
  let documents = 0;
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    const body = batch.flatMap(({ resource, version }) => [
      { index: { _index: index, _id: resource.id, version, version_type: 'external' } },
      toOpenSearchDocument(resource, version),
    ]);
    const response = await client.bulk({ body: body as API.Bulk_RequestBody });
    if (response.body.errors) throw new Error(`reindex into ${index}: some documents were refused`);
    documents += batch.length;
  }
  await client.indices.refresh({ index });
  const existing = await client.indices.exists({ index: alias });
  const previous = existing.body ? Object.keys((await client.indices.getAlias({ name: alias })).body) : [];
  await client.indices.updateAliases({
    body: {
      actions: [...previous.map((old) => ({ remove: { index: old, alias } })), { add: { index, alias } }],
    },
  });
  if (previous.length > 0) await client.indices.delete({ index: previous });
  return { index, documents };
}
