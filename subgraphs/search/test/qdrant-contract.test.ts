import { QdrantClient } from '@qdrant/js-client-rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCollectionRebuild } from '../src/modules/search/qdrant/collection-rebuild.js';
import { createQdrantVectorStore } from '../src/modules/search/qdrant/vector-store.js';
import { envelope, rebuildAnswers } from './support/qdrant-answers.js';
import { errorAnswer, type MatchedRequest, qdrantSpecification, startSpecServer } from './support/spec-server.js';

const first = '0b7a3c4e-1f0a-4c51-9a3e-8f4f1c2d3e01';
const second = '0b7a3c4e-1f0a-4c51-9a3e-8f4f1c2d3e02';

/** Bodies shaped by each operation's 200 response schema (the server validates them too). */
function answer({ operationId }: MatchedRequest): unknown {
  switch (operationId) {
    case 'get_collections_aliases':
      return envelope({ aliases: [] });
    case 'collection_exists':
      return envelope({ exists: false });
    case 'create_collection':
    case 'update_aliases':
      return envelope(true);
    case 'upsert_points':
    case 'delete_points':
      return envelope({ operation_id: 1, status: 'completed' });
    case 'query_points':
      return envelope({ points: [{ id: second, version: 3, score: 0.91, payload: null, vector: null }] });
    case 'query_batch_points':
      return envelope([{ points: [{ id: second, version: 3, score: 0.87 }] }]);
    case 'count_points':
      return envelope({ count: 12 });
    case 'get_points':
      return envelope([{ id: first, payload: null, vector: [0.6, 0.8] }]);
    default:
      return undefined;
  }
}

describe('Qdrant vector store against the Qdrant 1.19 OpenAPI specification', () => {
  let server: Awaited<ReturnType<typeof startSpecServer>>;
  beforeAll(async () => {
    server = await startSpecServer(qdrantSpecification(), answer);
  });
  afterAll(() => server.close());

  it('sends only requests the specification accepts and reads its responses', async () => {
    const client = new QdrantClient({ url: server.url, checkCompatibility: false });
    const vectors = createQdrantVectorStore(client, 'resources');

    await vectors.ensureCollection(2);
    await vectors.upsert(first, Float32Array.from([0.6, 0.8]), { published: true, levels: ['INTRODUCTORY'] });
    const similar = await vectors.nearestToPoints([first, second], 3, { free: true });
    const nearest = await vectors.nearest(Float32Array.from([0.6, 0.8]), 5, { levels: ['INTRODUCTORY'], free: true }, [
      first,
    ]);
    const counted = await vectors.count({ levels: ['INTRODUCTORY'] });
    await vectors.remove(first);

    expect(server.problems, server.problems.join('\n')).toEqual([]);
    expect(similar).toEqual(
      new Map([
        [first, [{ id: second, score: 0.87 }]],
        [second, []],
      ]),
    );
    expect(nearest).toEqual([{ id: second, score: 0.91 }]);
    expect(counted).toBe(12);
    expect(server.seen.find((request) => request.operationId === 'count_points')?.body).toEqual({
      filter: {
        must: [
          { key: 'published', match: { value: true } },
          { key: 'levels', match: { any: ['INTRODUCTORY'] } },
        ],
      },
      exact: true,
    });
    expect(server.seen.map((request) => request.operationId)).toEqual([
      'get_collections_aliases',
      'collection_exists',
      'create_collection',
      'update_aliases',
      'upsert_points',
      'get_points',
      'query_batch_points',
      'query_points',
      'count_points',
      'delete_points',
    ]);
  });

  it('creates the collection behind its alias on a first start, once when two processes start together', async () => {
    const state = { aliasChecks: 0, created: false, aliased: false };
    const refused = (error: string) => errorAnswer(409, { time: 0.001, status: { error }, result: null });
    const firstStart = await startSpecServer(qdrantSpecification(), ({ operationId, path }) => {
      switch (operationId) {
        case 'get_collections_aliases': {
          // Both processes look before either creates anything.
          state.aliasChecks += 1;
          const aliased = state.aliased && state.aliasChecks > 2;
          return envelope({ aliases: aliased ? [{ alias_name: 'resources', collection_name: 'resources-0' }] : [] });
        }
        case 'collection_exists':
          return envelope({ exists: path === '/collections/resources-0/exists' && state.created });
        case 'create_collection':
          if (state.created) return refused('Wrong input: Collection `resources-0` already exists!');
          state.created = true;
          return envelope(true);
        case 'update_aliases':
          if (state.aliased) return refused('Wrong input: Alias `resources` already exists!');
          state.aliased = true;
          return envelope(true);
        default:
          return undefined;
      }
    });
    try {
      const vectors = () =>
        createQdrantVectorStore(new QdrantClient({ url: firstStart.url, checkCompatibility: false }), 'resources');
      await Promise.all([vectors().ensureCollection(2), vectors().ensureCollection(2)]);
      const seenBefore = firstStart.seen.length;
      await vectors().ensureCollection(2);

      expect(firstStart.problems, firstStart.problems.join('\n')).toEqual([]);
      const created = firstStart.seen.filter((request) => request.operationId === 'create_collection');
      expect(created.map((request) => request.path)).toEqual(['/collections/resources-0', '/collections/resources-0']);
      expect(created[0]?.body).toEqual({ vectors: { size: 2, distance: 'Cosine' } });
      const aliased = firstStart.seen.filter((request) => request.operationId === 'update_aliases');
      expect(aliased.map((request) => request.body)).toEqual([
        { actions: [{ create_alias: { collection_name: 'resources-0', alias_name: 'resources' } }] },
        { actions: [{ create_alias: { collection_name: 'resources-0', alias_name: 'resources' } }] },
      ]);
      expect(firstStart.seen.slice(seenBefore).map((request) => request.operationId)).toEqual([
        'get_collections_aliases',
      ]);
    } finally {
      await firstStart.close();
    }
  });

  describe('a collection rebuild', () => {
    /** A Qdrant whose `resources` is `existing`: an alias of `resources-0`, a collection of its own, or nothing. */
    const qdrantWith = (existing: 'alias' | 'collection' | 'nothing') =>
      startSpecServer(
        qdrantSpecification(),
        rebuildAnswers({
          aliases: existing === 'alias' ? [{ alias_name: 'resources', collection_name: 'resources-0' }] : [],
          collectionExists: existing === 'collection',
        }),
      );

    const rebuildOn = async (existing: 'alias' | 'collection' | 'nothing') => {
      const qdrant = await qdrantWith(existing);
      try {
        const client = new QdrantClient({ url: qdrant.url, checkCompatibility: false });
        const rebuild = await openCollectionRebuild(client, 'resources', 2, new Date(1));
        await rebuild.write([{ id: first, vector: Float32Array.from([0.6, 0.8]), payload: { published: true } }]);
        await rebuild.swap();
        expect(qdrant.problems, qdrant.problems.join('\n')).toEqual([]);
        expect(rebuild.collection).toBe('resources-1');
        return qdrant.seen.map(({ operationId, path, body }) => ({ operationId, path, body }));
      } finally {
        await qdrant.close();
      }
    };

    it('fills a new collection and moves the alias onto it in one alias change, then drops the old one', async () => {
      const seen = await rebuildOn('alias');
      expect(seen.map(({ operationId, path }) => `${operationId} ${path}`)).toEqual([
        'create_collection /collections/resources-1',
        'upsert_points /collections/resources-1/points',
        'get_collections_aliases /aliases',
        'update_aliases /collections/aliases',
        'delete_collection /collections/resources-0',
      ]);
      expect(seen[0]?.body).toEqual({ vectors: { size: 2, distance: 'Cosine' } });
      expect(seen[3]?.body).toEqual({
        actions: [
          { delete_alias: { alias_name: 'resources' } },
          { create_alias: { collection_name: 'resources-1', alias_name: 'resources' } },
        ],
      });
    });

    it('replaces a collection that bears the alias name, as one written before any reindex', async () => {
      const seen = await rebuildOn('collection');
      expect(seen.slice(2).map(({ operationId, path }) => `${operationId} ${path}`)).toEqual([
        'get_collections_aliases /aliases',
        'collection_exists /collections/resources/exists',
        'delete_collection /collections/resources',
        'update_aliases /collections/aliases',
      ]);
      expect(seen.at(-1)?.body).toEqual({
        actions: [{ create_alias: { collection_name: 'resources-1', alias_name: 'resources' } }],
      });
    });
  });
});
