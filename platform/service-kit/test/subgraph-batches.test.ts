import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, createSubgraphServer, routerSignatureHeader, signRouterRequest } from '../src/index.js';
import { generateRouterKey, listenOnFreePort } from '../src/testing/index.js';

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      hello: { type: GraphQLString, resolve: () => 'world' },
      broken: {
        type: GraphQLString,
        resolve: () => {
          throw new Error('connection string postgres://secret@db leaked');
        },
      },
    },
  }),
});

describe('a subgraph server sent a batch of operations', () => {
  const routerKey = generateRouterKey();
  let url: string;
  const { server, start, stop } = createSubgraphServer({
    schema,
    context: async () => ({}),
    readiness: {},
    logger: createLogger('batch-test', 'silent'),
    routerKeys: [routerKey],
  });
  const post = (body: string, key?: string) =>
    fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(key ? { [routerSignatureHeader]: signRouterRequest(key, body) } : {}),
      },
      body,
    });
  beforeAll(async () => {
    await start();
    url = `${await listenOnFreePort(server)}/graphql`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await stop();
  });

  const batch = JSON.stringify([{ query: '{ hello }' }, { query: '{ broken }' }]);

  it('answers each operation in its place when the router signed the batch, errors masked as always', async () => {
    const response = await post(batch, routerKey);
    expect(response.status).toBe(200);
    const answers = (await response.json()) as Array<{ data?: unknown; errors?: Array<{ extensions?: unknown }> }>;
    expect(answers).toHaveLength(2);
    expect(answers[0]).toEqual({ data: { hello: 'world' } });
    expect(answers[1]?.errors?.[0]?.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(answers)).not.toContain('secret');
  });

  it('refuses a batch nobody signed, like any other body', async () => {
    const response = await post(batch);
    expect(response.status).toBe(403);
  });
});
