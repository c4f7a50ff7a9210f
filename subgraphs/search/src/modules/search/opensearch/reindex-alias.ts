import type { API, Client } from '@opensearch-project/opensearch';
import type { ResourceSnapshot } from '../../index-sync/resource-snapshot.js';
import { documentMappings, toOpenSearchDocument } from './search-document.js';

/** Resources to index, each with the version it was read at. */
export type ResourceBatch = ReadonlyArray<{ resource: ResourceSnapshot; version: number }>;

/** A new index being filled while searches read the old one through the alias. */
export interface IndexRebuild {
  readonly index: string;
  write(batch: ResourceBatch): Promise<void>;
  /** Moves the alias onto the new index in one `_aliases` call, then deletes what it pointed at before. */
  swap(): Promise<void>;
}

/**
 * Creates the index `<alias>-<timestamp>` with the document mappings, to be filled with `_bulk` and then
 * swapped in: the `_aliases` call removes the alias from every old index and adds it to the new one
 * atomically, so searches keep answering from the old index until the swap. An index that bears the
 * alias's own name (written before any reindex made it an alias) is removed in that same call.
 *
 * @example
 * const rebuild = await openIndexRebuild(client, 'learning-resources');
 * await rebuild.write([{ resource, version }]);
 * await rebuild.swap();
 */
export async function openIndexRebuild(client: Client, alias: string, now: Date = new Date()): Promise<IndexRebuild> {
  const index = `${alias}-${now.getTime()}`;
  await client.indices.create({ index, body: { mappings: documentMappings } as API.Indices_Create_RequestBody });
  return {
    index,
    async write(batch) {
      if (batch.length === 0) return;
      const body = batch.flatMap(({ resource, version }) => [
        { index: { _index: index, _id: resource.id, version, version_type: 'external' } },
        toOpenSearchDocument(resource, version),
      ]);
      const response = await client.bulk({ body: body as API.Bulk_RequestBody });
      if (response.body.errors) throw new Error(`reindex into ${index}: some documents were refused`);
    },
    async swap() {
      await client.indices.refresh({ index });
      const exists = (await client.indices.exists({ index: alias })).body;
      const isAlias = exists && (await client.indices.existsAlias({ name: alias })).body;
      const previous = isAlias ? Object.keys((await client.indices.getAlias({ name: alias })).body) : [];
      const removals = exists && !isAlias ? [{ remove_index: { index: alias } }] : [];
      await client.indices.updateAliases({
        body: {
          actions: [
            ...removals,
            ...previous.map((old) => ({ remove: { index: old, alias } })),
            { add: { index, alias } },
          ],
        },
      });
      if (previous.length > 0) await client.indices.delete({ index: previous });
    },
  };
}
