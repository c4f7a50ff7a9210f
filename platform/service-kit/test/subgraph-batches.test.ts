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

  it('refuses with a coded 400 an empty batch, one of more than 64 operations and one with a member that is not an object', async () => {
    const refusals: Array<[string, string, RegExp]> = [
      ['[]', 'BAD_REQUEST', /at least one operation/],
      [JSON.stringify(Array.from({ length: 65 }, () => ({ query: '{ hello }' }))), 'BATCH_TOO_LARGE', /at most 64/],
      ['[{"query":"{ hello }"},null]', 'BAD_REQUEST', /Operation 1 of the batch is not a JSON object/],
      ['[{"query":"{ hello }"},"{ hello }"]', 'BAD_REQUEST', /Operation 1 /],
      ['[[{"query":"{ hello }"}]]', 'BAD_REQUEST', /Operation 0 /],
      ['[1,2]', 'BAD_REQUEST', /Operation 0 /],
    ];
    for (const [body, code, message] of refusals) {
      const response = await post(body, routerKey);
      const { errors } = (await response.json()) as {
        errors: Array<{ message: string; extensions: { code: string } }>;
      };
      expect({ body: body.slice(0, 40), status: response.status, code: errors[0]?.extensions.code }).toEqual({
        body: body.slice(0, 40),
        status: 400,
        code,
      });
      expect(errors[0]?.message).toMatch(message);
    }
    const full = await post(JSON.stringify(Array.from({ length: 64 }, () => ({ query: '{ hello }' }))), routerKey);
    expect(full.status).toBe(200);
    expect(await full.json()).toHaveLength(64);
  });

  it('refuses a batch over the body limit with 413 PAYLOAD_TOO_LARGE, and keeps serving', async () => {
    const padded = JSON.stringify([{ query: `{ hello } # ${'x'.repeat(1_000_000)}` }]);
    const response = await post(padded, routerKey);
    expect(response.status).toBe(413);
    expect(
      ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions,
    ).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
    });
    const after = await post(batch, routerKey);
    expect(after.status).toBe(200);
  });
});
