import type { QdrantClient } from '@qdrant/js-client-rest';
import type { VectorPayload } from './vector-store.js';

/** A point of the collection: a resource's id, embedding and facet payload. */
export interface VectorPoint {
  id: string;
  vector: Float32Array;
  payload: VectorPayload;
}

/** A new collection being filled while searches read the old one through the alias. */
export interface CollectionRebuild {
  readonly collection: string;
  write(points: readonly VectorPoint[]): Promise<void>;
  /** Points the alias at the new collection in one atomic alias change, then deletes the old collection. */
  swap(): Promise<void>;
}

/**
 * Creates the collection `<alias>-<timestamp>` (cosine, `dimensions`), to be filled and then swapped in
 * by one `POST /collections/aliases` (delete the alias, create it on the new collection: Qdrant applies
 * alias changes atomically), so nearest-neighbour searches keep answering from the old collection until
 * then. A collection that bears the alias's own name (created before any reindex made it an alias) cannot
 * stand beside an alias of that name: it is deleted just before the alias is created, the one moment
 * vector searches find nothing.
 *
 * @example
 * const rebuild = await openCollectionRebuild(client, 'learning-resources', 128);
 * await rebuild.write([{ id, vector, payload }]);
 * await rebuild.swap();
 */
export async function openCollectionRebuild(
  client: QdrantClient,
  alias: string,
  dimensions: number,
  now: Date = new Date(),
): Promise<CollectionRebuild> {
  const collection = `${alias}-${now.getTime()}`;
  await client.createCollection(collection, { vectors: { size: dimensions, distance: 'Cosine' } });
  return {
    collection,
    async write(points) {
      if (points.length === 0) return;
      await client.upsert(collection, {
        wait: true,
        points: points.map(({ id, vector, payload }) => ({ id, vector: Array.from(vector), payload })),
      });
    },
    async swap() {
      const { aliases } = await client.getAliases();
      const previous = aliases.find((entry) => entry.alias_name === alias)?.collection_name;
      if (previous === undefined && (await client.collectionExists(alias)).exists) {
        await client.deleteCollection(alias);
      }
      await client.updateCollectionAliases({
        actions: [
          ...(previous === undefined ? [] : [{ delete_alias: { alias_name: alias } }]),
          { create_alias: { collection_name: collection, alias_name: alias } },
        ],
      });
      if (previous !== undefined) await client.deleteCollection(previous);
    },
  };
}
