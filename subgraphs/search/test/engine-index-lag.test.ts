import { createTestDatabase } from '@learngraph/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../src/db.js';
import { hashedNgramEmbedder } from '../src/modules/embeddings/index.js';
import { createCatalogIndexer, createIndexMetrics } from '../src/modules/index-sync/index.js';
import { engineFromConfig } from '../src/modules/search/engine-from-config.js';
import { quantumPhysics } from './support/fixture-resources.js';
import { rebuildAnswers } from './support/qdrant-answers.js';
import { catalogEvent } from './support/search-under-test.js';
import {
  type MatchedRequest,
  openSearchSpecification,
  qdrantSpecification,
  startSpecServer,
} from './support/spec-server.js';

const written = { _index: 'resources-1', _version: 1, _shards: { total: 1, successful: 1, failed: 0 }, _seq_no: 1 };
const openSearchAnswer = (request: MatchedRequest) =>
  request.group === 'index' ? { ...written, _id: quantumPhysics.id, _primary_term: 1, result: 'created' } : undefined;

const metric = (text: string, name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);

describe('index metrics on the OpenSearch and Qdrant engine', { timeout: 120_000 }, () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Database;
  let opensearch: Awaited<ReturnType<typeof startSpecServer>>;
  let qdrant: Awaited<ReturnType<typeof startSpecServer>>;
  beforeAll(async () => {
    database = await createTestDatabase('search');
    db = createDatabase(database.url);
    opensearch = await startSpecServer(openSearchSpecification(), openSearchAnswer);
    qdrant = await startSpecServer(qdrantSpecification(), rebuildAnswers({ aliases: [], collectionExists: true }));
  });
  afterAll(async () => {
    await opensearch.close();
    await db.$disconnect();
    await database.drop();
  });

  it('counts an event and its lag only once it is written to OpenSearch and Qdrant too', async () => {
    const embedder = hashedNgramEmbedder();
    const { indexEvent } = await engineFromConfig(
      {
        kind: 'opensearch',
        OPENSEARCH_URL: opensearch.url,
        QDRANT_URL: qdrant.url,
        OPENSEARCH_INDEX: 'resources',
        QDRANT_COLLECTION: 'resources',
      },
      db,
      embedder,
    );
    const metrics = createIndexMetrics(db);
    const index = createCatalogIndexer(db, embedder, metrics, indexEvent);
    const changedAt = new Date(Date.now() - 3000).toISOString();

    await index({ ...catalogEvent(quantumPhysics, 1), occurredAt: changedAt });
    const text = await metrics.registry.metrics();
    expect([...opensearch.problems, ...qdrant.problems]).toEqual([]);
    expect(opensearch.seen.map((seen) => seen.path)).toContain(`/resources/_doc/${quantumPhysics.id}`);
    expect(qdrant.seen.map((seen) => seen.path)).toContain('/collections/resources/points');
    expect(metric(text, 'learngraph_search_events_applied_total')).toBe(1);
    expect(metric(text, 'learngraph_search_index_lag_seconds')).toBeGreaterThanOrEqual(3);

    await qdrant.close();
    await expect(index({ ...catalogEvent(quantumPhysics, 2), occurredAt: changedAt })).rejects.toThrow();
    expect(metric(await metrics.registry.metrics(), 'learngraph_search_events_applied_total')).toBe(1);
  });
});
