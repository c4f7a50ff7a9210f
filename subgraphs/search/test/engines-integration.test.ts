import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '@learngraph/prisma';
import { Client } from '@opensearch-project/opensearch';
import { QdrantClient } from '@qdrant/js-client-rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../src/db.js';
import { embeddingText, hashedNgramEmbedder } from '../src/modules/embeddings/index.js';
import { type ResourceSnapshot, resourceSnapshotSchema } from '../src/modules/index-sync/resource-snapshot.js';
import { recordLabels } from '../src/modules/index-sync/search-vocabulary.js';
import { facetLabelsFrom } from '../src/modules/search/facet-labels.js';
import { createDocumentWriter } from '../src/modules/search/opensearch/document-writer.js';
import { ensureSearchIndex } from '../src/modules/search/opensearch/initial-index.js';
import { createOpenSearchEngine } from '../src/modules/search/opensearch/opensearch-search-engine.js';
import { openIndexRebuild } from '../src/modules/search/opensearch/reindex-alias.js';
import { createQdrantVectorStore } from '../src/modules/search/qdrant/vector-store.js';
import type { SearchEngine, SearchRequest } from '../src/modules/search/search-engine.js';
import {
  fixtureResources,
  linearAlgebra,
  quantumComputing,
  quantumPhysics,
  topics,
} from './support/fixture-resources.js';

const { OPENSEARCH_URL, QDRANT_URL } = process.env;
const text = (query: string | null, filter: SearchRequest['filter'] = {}): SearchRequest => ({
  text: query,
  filter,
  sort: 'RELEVANCE',
  mode: 'TEXT',
});

/** The same behaviour checks as the PostgreSQL suites, on real OpenSearch and Qdrant servers (see README). */
describe.skipIf(!OPENSEARCH_URL || !QDRANT_URL)('OpenSearch and Qdrant engine on real servers', () => {
  const alias = `learngraph-test-${randomUUID()}`;
  const embedder = hashedNgramEmbedder();
  const snapshots: ResourceSnapshot[] = fixtureResources.map((resource) => resourceSnapshotSchema.parse(resource));
  // Clients are made in beforeAll: the body of a skipped describe still runs, without the URLs.
  let client: Client;
  let qdrant: QdrantClient;
  let engine: SearchEngine;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Database;

  beforeAll(async () => {
    client = new Client({ node: OPENSEARCH_URL });
    qdrant = new QdrantClient({ url: QDRANT_URL });
    database = await createTestDatabase('search');
    db = createDatabase(database.url);
    const labelledAt = new Date().toISOString();
    for (const resource of snapshots) await db.$transaction((tx) => recordLabels(tx, resource, labelledAt));
    const vectors = createQdrantVectorStore(qdrant, alias);
    engine = createOpenSearchEngine(client, alias, vectors, embedder, facetLabelsFrom(db));
    const rebuild = await openIndexRebuild(client, alias);
    await rebuild.write(snapshots.map((resource) => ({ resource, version: 1 })));
    await rebuild.swap();
    const [probe] = await embedder.embed(['dimensions']);
    await vectors.ensureCollection(probe?.length ?? 0);
    const writer = createDocumentWriter(client, alias, vectors);
    for (const resource of snapshots) {
      const topicNames = resource.topicTree.map((topic) => topic.name);
      const [vector] = await embedder.embed([embeddingText({ ...resource, topicNames })]);
      await writer.write(resource, 2, vector ?? new Float32Array());
    }
    await client.indices.refresh({ index: alias });
  }, 60_000);

  afterAll(async () => {
    await db.$disconnect();
    await database.drop();
    await client.indices.delete({ index: `${alias}-*` });
    // A first start puts `<alias>-0` behind the alias; deleting a collection deletes its aliases.
    await qdrant.deleteCollection(`${alias}-0`);
    await qdrant.deleteCollection(`${alias}-fresh-0`);
  });

  it('creates the index and the collection behind their aliases on a first start, once for two processes', async () => {
    const fresh = `${alias}-fresh`;
    const vectors = createQdrantVectorStore(qdrant, fresh);
    await Promise.all([ensureSearchIndex(client, fresh), ensureSearchIndex(client, fresh)]);
    await Promise.all([vectors.ensureCollection(8), vectors.ensureCollection(8)]);
    const indexes = (await client.indices.getAlias({ name: fresh })).body;
    expect(Object.keys(indexes)).toEqual([`${fresh}-0`]);
    const mappings = (await client.indices.getMapping({ index: fresh })).body;
    expect(mappings[`${fresh}-0`]?.mappings.dynamic).toBe('strict');
    const { aliases } = await qdrant.getAliases();
    expect(aliases.filter((entry) => entry.alias_name === fresh)).toEqual([
      { alias_name: fresh, collection_name: `${fresh}-0` },
    ]);
  });

  it('ranks title matches first and filters by facet', async () => {
    const found = await engine.search(text('quantum'), 10, 0);
    expect(found.hits.map((hit) => hit.id)).toContain(quantumPhysics.id);
    expect(found.hits.map((hit) => hit.id)).not.toContain(linearAlgebra.id);
    const free = await engine.search(text(null, { free: false }), 10, 0);
    expect(free.hits.every((hit) => hit.id !== quantumPhysics.id)).toBe(true);
  });

  it('counts each facet without its own filter', async () => {
    const selected = await engine.facets(text(null, { resourceTypes: ['COURSE'] }), 50);
    const all = await engine.facets(text(null), 50);
    expect(selected.resourceTypes).toEqual(all.resourceTypes);
    expect(all.topics.find((topic) => topic.value === topics.physics.id)?.label).toBe('Physics');
  });

  it('counts every resource the filter lets through as a semantic match', async () => {
    const semantic = await engine.search({ ...text('quantum'), mode: 'SEMANTIC' }, 1, 0);
    expect(semantic.hits).toHaveLength(1);
    expect(semantic.total).toBe(fixtureResources.filter((resource) => resource.published).length);
  });

  it('highlights, corrects and suggests', async () => {
    const highlights = await engine.highlights('quantum', [quantumPhysics.id]);
    expect(highlights.get(quantumPhysics.id)?.title).toContain('<mark>Quantum</mark>');
    expect(await engine.didYouMean('quantm')).toBe('quantum');
    expect(await engine.suggest('qua', 5)).toContain('quantum');
  });

  it('finds similar resources and fuses hybrid results', async () => {
    const similar = await engine.similar([quantumPhysics.id], 3, {});
    expect(similar.get(quantumPhysics.id)?.map((hit) => hit.id)).not.toContain(quantumPhysics.id);
    const hybrid = await engine.search({ ...text('quantum computing'), mode: 'HYBRID' }, 5, 0);
    expect(hybrid.hits[0]?.id).toBe(quantumComputing.id);
  });
});
