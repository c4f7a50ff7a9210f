import { randomUUID } from 'node:crypto';
import { Client } from '@opensearch-project/opensearch';
import { QdrantClient } from '@qdrant/js-client-rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddingText, hashedNgramEmbedder } from '../src/modules/embeddings/index.js';
import { resourceSnapshotSchema } from '../src/modules/index-sync/resource-snapshot.js';
import { rebuildEngineIndexes } from '../src/modules/reindex/index.js';
import { toOpenSearchDocument } from '../src/modules/search/index.js';
import { fixtureResources, quantumPhysics } from './support/fixture-resources.js';
import { rebuildAnswers } from './support/qdrant-answers.js';
import { catalogEvent, type SearchUnderTest, startSearch } from './support/search-under-test.js';
import {
  type MatchedRequest,
  openSearchSpecification,
  qdrantSpecification,
  startSpecServer,
} from './support/spec-server.js';

const shards = { total: 1, successful: 1, failed: 0 };

function openSearchAnswer(request: MatchedRequest): unknown {
  switch (request.group) {
    case 'index':
      return {
        _index: 'resources-2',
        _id: 'x',
        _version: 1,
        _shards: shards,
        _seq_no: 1,
        _primary_term: 1,
        result: 'created',
      };
    case 'bulk':
      return { took: 1, errors: false, items: [] };
    case 'indices.create':
      return { acknowledged: true, shards_acknowledged: true, index: 'resources-2' };
    case 'indices.refresh':
      return { _shards: shards };
    case 'indices.get_alias':
      return { 'resources-1': { aliases: { resources: {} } } };
    case 'indices.update_aliases':
    case 'indices.delete':
      return { acknowledged: true };
    default:
      return undefined;
  }
}

type Point = { id: string; vector: number[]; payload: Record<string, unknown> };

describe('a full reindex on OpenSearch and Qdrant', { timeout: 120_000 }, () => {
  let search: SearchUnderTest;
  let opensearch: Awaited<ReturnType<typeof startSpecServer>>;
  let qdrant: Awaited<ReturnType<typeof startSpecServer>>;
  beforeAll(async () => {
    search = await startSearch();
    for (const item of fixtureResources) await search.applyCatalogEvent(catalogEvent(item, 1));
    opensearch = await startSpecServer(openSearchSpecification(), openSearchAnswer);
    qdrant = await startSpecServer(
      qdrantSpecification(),
      rebuildAnswers({
        aliases: [{ alias_name: 'resources', collection_name: 'resources-1' }],
        collectionExists: false,
      }),
    );
  });
  afterAll(async () => {
    await Promise.all([search.close(), opensearch.close(), qdrant.close()]);
  });

  it('builds a new index and collection from the search database, swaps both aliases, then writes what arrived meanwhile', async () => {
    const embedder = hashedNgramEmbedder();
    const lateArrival = { id: randomUUID(), title: 'Quantum optics', description: null, published: true };
    let arrival: Promise<void> | undefined;
    const report = await rebuildEngineIndexes(
      search.db,
      embedder,
      {
        opensearch: new Client({ node: opensearch.url }),
        index: 'resources',
        qdrant: new QdrantClient({ url: qdrant.url, checkCompatibility: false }),
        collection: 'resources',
      },
      {
        batchSize: 2,
        onProgress: (copied) => {
          if (copied === 2) arrival = search.applyCatalogEvent(catalogEvent(lateArrival, 1));
        },
      },
    );
    await arrival;

    expect([...opensearch.problems, ...qdrant.problems]).toEqual([]);
    expect(report).toEqual({
      documents: expect.any(Number),
      seconds: expect.any(Number),
      perSecond: expect.any(Number),
    });
    expect(report.documents).toBeGreaterThanOrEqual(fixtureResources.length);

    const newIndex = opensearch.seen.find((seen) => seen.group === 'indices.create')?.path.slice(1) ?? '';
    const bulkDocuments = opensearch.seen
      .filter((seen) => seen.group === 'bulk')
      .flatMap((seen) => (seen.body as Array<Record<string, unknown>>).filter((_, line) => line % 2 === 1));
    const indexed = new Map(bulkDocuments.map((document) => [document.id, document]));
    expect([...indexed.keys()]).toEqual(expect.arrayContaining(fixtureResources.map((item) => item.id)));
    const event = catalogEvent(quantumPhysics, 1);
    const snapshot = resourceSnapshotSchema.parse(event.payload);
    expect(indexed.get(quantumPhysics.id)).toEqual(toOpenSearchDocument(snapshot, 1));

    const newCollection = qdrant.seen.find((seen) => seen.operationId === 'create_collection')?.path.split('/')[2];
    const points = qdrant.seen
      .filter((seen) => seen.operationId === 'upsert_points' && seen.path.includes(`/${newCollection}/`))
      .flatMap((seen) => (seen.body as { points: Point[] }).points);
    const [expected] = await embedder.embed([
      embeddingText({ ...snapshot, topicNames: snapshot.topicTree.map((topic) => topic.name) }),
    ]);
    const point = points.find((candidate) => candidate.id === quantumPhysics.id);
    expect(point?.vector).toEqual(Array.from(expected ?? []));
    expect(point?.payload).toMatchObject({ published: true, topics: snapshot.topicTree.map((topic) => topic.id) });

    const swaps = [opensearch, qdrant].map((server) =>
      server.seen.findIndex((seen) => seen.group === 'indices.update_aliases' || seen.operationId === 'update_aliases'),
    );
    expect(opensearch.seen[swaps[0] ?? -1]?.body).toEqual({
      actions: [
        { remove: { index: 'resources-1', alias: 'resources' } },
        { add: { index: newIndex, alias: 'resources' } },
      ],
    });
    expect(qdrant.seen[swaps[1] ?? -1]?.body).toEqual({
      actions: [
        { delete_alias: { alias_name: 'resources' } },
        { create_alias: { collection_name: newCollection, alias_name: 'resources' } },
      ],
    });
    const afterSwap = opensearch.seen.slice((swaps[0] ?? 0) + 1);
    expect(afterSwap.find((seen) => seen.group === 'index' && seen.path.endsWith(lateArrival.id))?.path).toBe(
      `/resources/_doc/${lateArrival.id}`,
    );
    const lateUpserts = qdrant.seen
      .slice((swaps[1] ?? 0) + 1)
      .filter((seen) => seen.operationId === 'upsert_points' && seen.path === '/collections/resources/points');
    expect(lateUpserts.flatMap((seen) => (seen.body as { points: Point[] }).points.map((p) => p.id))).toContain(
      lateArrival.id,
    );
  });
});
