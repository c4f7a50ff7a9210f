import { createTestDatabase } from '@learngraph/prisma';
import { Client } from '@opensearch-project/opensearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../src/db.js';
import type { Embedder } from '../src/modules/embeddings/index.js';
import { facetLabelsFrom } from '../src/modules/search/facet-labels.js';
import { createDocumentWriter } from '../src/modules/search/opensearch/document-writer.js';
import { ensureSearchIndex } from '../src/modules/search/opensearch/initial-index.js';
import { createOpenSearchEngine } from '../src/modules/search/opensearch/opensearch-search-engine.js';
import { openIndexRebuild } from '../src/modules/search/opensearch/reindex-alias.js';
import { documentMappings } from '../src/modules/search/opensearch/search-document.js';
import type { VectorStore } from '../src/modules/search/qdrant/vector-store.js';
import type { SearchRequest } from '../src/modules/search/search-engine.js';
import {
  errorAnswer,
  type MatchedRequest,
  notFoundAnswer,
  openSearchSpecification,
  startSpecServer,
} from './support/spec-server.js';

const resourceId = '5d1f0c7e-2a1b-4c3d-8e9f-0a1b2c3d4e5f';
const shards = { total: 1, successful: 1, failed: 0 };
const hit = (id: string) => ({
  _index: 'resources-1',
  _id: id,
  _score: 1.5,
  _source: { title: 'Quantum mechanics', description: 'Waves & particles' },
  highlight: { title: ['<mark>Quantum</mark> mechanics'] },
});

/** A search response for what the body asked: hits, aggregations, or suggestions. */
function searchResponse(body: Record<string, unknown>) {
  const terms = { doc_count_error_upper_bound: 0, sum_other_doc_count: 0, buckets: [{ key: 'course', doc_count: 2 }] };
  const requested = (body.aggs ?? {}) as Record<string, Record<string, unknown>>;
  const aggregations = Object.fromEntries(
    Object.entries(requested).map(([name, aggregation]) => [
      name,
      'terms' in aggregation ? terms : { doc_count: 2, values: terms },
    ]),
  );
  return {
    took: 1,
    timed_out: false,
    _shards: shards,
    hits: { total: { value: 1, relation: 'eq' }, max_score: 1.5, hits: body.size === 0 ? [] : [hit(resourceId)] },
    ...(body.aggs ? { aggregations } : {}),
    ...(body.suggest
      ? {
          suggest: {
            words: [{ text: 'quantm', offset: 0, length: 6, options: [{ text: 'quantum', score: 0.8, freq: 3 }] }],
          },
        }
      : {}),
  };
}

function answer(request: MatchedRequest): unknown {
  const written = {
    _index: 'resources-1',
    _id: resourceId,
    _version: 2,
    _shards: shards,
    _seq_no: 1,
    _primary_term: 1,
  };
  switch (request.group) {
    case 'search':
      return searchResponse(request.body as Record<string, unknown>);
    case 'index':
      return { ...written, result: 'created' };
    case 'delete':
      return { ...written, result: 'deleted' };
    case 'bulk':
      return { took: 1, errors: false, items: [] };
    case 'indices.create':
      return { acknowledged: true, shards_acknowledged: true, index: 'resources-1' };
    case 'indices.refresh':
      return { _shards: shards };
    case 'indices.get_alias':
      return { 'resources-0': { aliases: { resources: {} } } };
    case 'indices.update_aliases':
    case 'indices.delete':
      return { acknowledged: true };
    default:
      return undefined;
  }
}

/** Vectors are Qdrant's (see qdrant-contract.test.ts); here they only need to answer. */
const vectors: VectorStore = {
  ensureCollection: async () => {},
  upsert: async () => {},
  remove: async () => {},
  nearest: async () => [{ id: resourceId, score: 0.9 }],
  nearestToPoints: async (ids) => new Map(ids.map((id) => [id, []])),
  count: async () => 7,
};
const embedder: Embedder = { name: 'unit', embed: async (texts) => texts.map(() => Float32Array.from([1, 0])) };

const request: SearchRequest = {
  text: 'quantum',
  filter: { resourceTypes: ['COURSE'], free: true, topics: ['5d1f0c7e-2a1b-4c3d-8e9f-0a1b2c3d4e60'] },
  sort: 'RELEVANCE',
  mode: 'TEXT',
};

const snapshot = {
  id: resourceId,
  resourceType: 'COURSE',
  title: 'Quantum mechanics',
  description: 'Waves & particles',
  published: true,
  platform: 'ocw',
  platformName: null,
  offeredBy: 'MITX',
  offerorName: 'MITx',
  departments: ['8'],
  departmentNames: [],
  topicTree: [],
  levels: [],
  certification: false,
  certificationType: 'NONE',
  free: true,
  professional: false,
  delivery: ['ONLINE'],
  languages: ['en'],
  instructors: ['Ada Lovelace'],
  views: 3,
  nextStartDate: null,
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('OpenSearch engine against the OpenSearch 2.16 API specification', { timeout: 120_000 }, () => {
  let server: Awaited<ReturnType<typeof startSpecServer>>;
  let client: Client;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Database;
  beforeAll(async () => {
    server = await startSpecServer(openSearchSpecification(), answer);
    client = new Client({ node: server.url });
    database = await createTestDatabase('search');
    db = createDatabase(database.url);
    // Labels are the search database's, as catalog events leave them; the stub answers `course` for every facet.
    await db.$executeRaw`INSERT INTO facet_label (facet, value, label) VALUES ('topics', 'course', 'Coursework')`;
  });
  afterAll(async () => {
    await server.close();
    await db.$disconnect();
    await database.drop();
  });

  it('searches, counts facets, highlights and suggests with requests the specification accepts', async () => {
    const engine = createOpenSearchEngine(client, 'resources', vectors, embedder, facetLabelsFrom(db));

    const found = await engine.search(request, 10, 0);
    const newest = await engine.search({ ...request, text: null, sort: 'NEWEST' }, 10, 10);
    const upcoming = await engine.search({ ...request, sort: 'UPCOMING' }, 10, 0);
    const popular = await engine.search({ ...request, sort: 'MOST_VIEWED' }, 10, 0);
    const hybrid = await engine.search({ ...request, mode: 'HYBRID' }, 10, 0);
    const semantic = await engine.search({ ...request, mode: 'SEMANTIC' }, 10, 0);
    const facets = await engine.facets(request, 20);
    const highlights = await engine.highlights('quantum', [resourceId]);
    const corrected = await engine.didYouMean('quantm');
    const suggestions = await engine.suggest('qua', 5);
    const added = await engine.countAddedSince([{ request, since: new Date('2026-01-01T00:00:00Z') }]);

    expect(server.problems, server.problems.join('\n')).toEqual([]);
    expect(found).toEqual({ hits: [{ id: resourceId, score: 1.5 }], total: 1 });
    expect([newest.total, upcoming.total, popular.total]).toEqual([1, 1, 1]);
    expect(hybrid.hits.map((hit) => hit.id)).toEqual([resourceId]);
    expect(semantic).toEqual({ hits: [{ id: resourceId, score: 0.9 }], total: 7 });
    expect(facets.resourceTypes).toEqual([{ value: 'course', label: null, count: 2 }]);
    expect(facets.topics).toEqual([{ value: 'course', label: 'Coursework', count: 2 }]);
    expect(highlights.get(resourceId)).toEqual({
      title: '<mark>Quantum</mark> mechanics',
      description: 'Waves &amp; particles',
    });
    expect(corrected).toBe('quantum');
    expect(suggestions).toEqual(['course']);
    expect(added).toEqual([2]);
  });

  it('writes, removes and reindexes with an alias swap using requests the specification accepts', async () => {
    const writer = createDocumentWriter(client, 'resources', vectors);
    await writer.write(snapshot, 2, Float32Array.from([1, 0]));
    await writer.remove(resourceId);
    const rebuild = await openIndexRebuild(client, 'resources', new Date(1));
    await rebuild.write([{ resource: snapshot, version: 2 }]);
    await rebuild.swap();

    expect(server.problems, server.problems.join('\n')).toEqual([]);
    expect(rebuild.index).toBe('resources-1');
    const bulk = server.seen.find((seen) => seen.group === 'bulk');
    expect(bulk?.body).toEqual([
      { index: { _index: 'resources-1', _id: resourceId, version: 2, version_type: 'external' } },
      expect.objectContaining({ id: resourceId, title: 'Quantum mechanics', version: 2 }),
    ]);
    const aliasSwap = server.seen.find((seen) => seen.group === 'indices.update_aliases');
    expect(aliasSwap?.body).toEqual({
      actions: [
        { remove: { index: 'resources-0', alias: 'resources' } },
        { add: { index: 'resources-1', alias: 'resources' } },
      ],
    });
    expect(server.seen.at(-1)).toMatchObject({ group: 'indices.delete', path: '/resources-0' });
  });

  it('writes a version again, so an event retried after Qdrant refused it reaches Qdrant too', async () => {
    const upserted: string[] = [];
    let qdrantDown = true;
    const flaky: VectorStore = {
      ...vectors,
      upsert: async (id) => {
        if (qdrantDown) {
          qdrantDown = false;
          throw new Error('qdrant is down');
        }
        upserted.push(id);
      },
    };
    const writer = createDocumentWriter(client, 'resources', flaky);
    await expect(writer.write(snapshot, 3, Float32Array.from([1, 0]))).rejects.toThrow('qdrant is down');
    await writer.write(snapshot, 3, Float32Array.from([1, 0]));

    expect(server.problems, server.problems.join('\n')).toEqual([]);
    expect(upserted).toEqual([resourceId]);
    const writes = server.seen.filter((seen) => seen.group === 'index' && seen.query.get('version') === '3');
    expect(writes.map((seen) => seen.query.get('version_type'))).toEqual(['external_gte', 'external_gte']);
  });

  it('creates the index with its mappings and alias on a first start, once when two processes start together', async () => {
    const state = { existsChecks: 0, created: false };
    const firstStart = await startSpecServer(openSearchSpecification(), (request) => {
      if (request.group === 'indices.exists') {
        // Both processes look before either creates anything.
        state.existsChecks += 1;
        return state.created && state.existsChecks > 2 ? undefined : notFoundAnswer;
      }
      if (request.group !== 'indices.create') return answer(request);
      if (!state.created) {
        state.created = true;
        return { acknowledged: true, shards_acknowledged: true, index: 'resources-0' };
      }
      const reason = 'index [resources-0/Xy1] already exists';
      return errorAnswer(400, {
        error: { type: 'resource_already_exists_exception', reason, index: 'resources-0' },
        status: 400,
      });
    });
    try {
      const client = new Client({ node: firstStart.url });
      await Promise.all([ensureSearchIndex(client, 'resources'), ensureSearchIndex(client, 'resources')]);
      const seenBefore = firstStart.seen.length;
      await ensureSearchIndex(client, 'resources');

      expect(firstStart.problems, firstStart.problems.join('\n')).toEqual([]);
      const created = firstStart.seen.filter((seen) => seen.group === 'indices.create');
      expect(created.map((seen) => seen.path)).toEqual(['/resources-0', '/resources-0']);
      expect(created[0]?.body).toEqual({ mappings: documentMappings, aliases: { resources: {} } });
      expect(firstStart.seen.slice(seenBefore).map((seen) => seen.group)).toEqual(['indices.exists']);
    } finally {
      await firstStart.close();
    }
  });

  it('turns an index that bears the alias name into the alias, removing it in the same _aliases call', async () => {
    const plainIndex = await startSpecServer(openSearchSpecification(), (request) =>
      request.group === 'indices.exists_alias' ? notFoundAnswer : answer(request),
    );
    try {
      const rebuild = await openIndexRebuild(new Client({ node: plainIndex.url }), 'resources', new Date(1));
      await rebuild.swap();
      expect(plainIndex.problems, plainIndex.problems.join('\n')).toEqual([]);
      expect(plainIndex.seen.map((seen) => seen.group)).toEqual([
        'indices.create',
        'indices.refresh',
        'indices.exists',
        'indices.exists_alias',
        'indices.update_aliases',
      ]);
      expect(plainIndex.seen.at(-1)?.body).toEqual({
        actions: [{ remove_index: { index: 'resources' } }, { add: { index: 'resources-1', alias: 'resources' } }],
      });
    } finally {
      await plainIndex.close();
    }
  });
});
