import { QdrantClient } from '@qdrant/js-client-rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQdrantVectorStore } from '../src/modules/search/qdrant/vector-store.js';
import { type MatchedRequest, qdrantSpecification, startSpecServer } from './support/spec-server.js';

const first = '0b7a3c4e-1f0a-4c51-9a3e-8f4f1c2d3e01';
const second = '0b7a3c4e-1f0a-4c51-9a3e-8f4f1c2d3e02';

/** Bodies shaped by each operation's 200 response schema (the server validates them too). */
function answer({ operationId }: MatchedRequest): unknown {
  const envelope = (result: unknown) => ({ time: 0.001, status: 'ok', result });
  switch (operationId) {
    case 'collection_exists':
      return envelope({ exists: false });
    case 'create_collection':
      return envelope(true);
    case 'upsert_points':
    case 'delete_points':
      return envelope({ operation_id: 1, status: 'completed' });
    case 'query_points':
      return envelope({ points: [{ id: second, version: 3, score: 0.91, payload: null, vector: null }] });
    case 'query_batch_points':
      return envelope([{ points: [{ id: second, version: 3, score: 0.87 }] }]);
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
    await vectors.remove(first);

    expect(server.problems, server.problems.join('\n')).toEqual([]);
    expect(similar).toEqual(
      new Map([
        [first, [{ id: second, score: 0.87 }]],
        [second, []],
      ]),
    );
    expect(nearest).toEqual([{ id: second, score: 0.91 }]);
    expect(server.seen.map((request) => request.operationId)).toEqual([
      'collection_exists',
      'create_collection',
      'upsert_points',
      'get_points',
      'query_batch_points',
      'query_points',
      'delete_points',
    ]);
  });
});
