import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, createSubgraphServer } from '../src/index.js';
import { listenOnFreePort, postGraphQL } from '../src/testing/index.js';

const schema = buildSchema(`type Query { hello: String, broken: String, slow: String }`);
let databaseUp = true;

describe('a service HTTP server', () => {
  let baseUrl: string;
  const { server, start, stop } = createSubgraphServer({
    schema,
    context: async () => ({}),
    readiness: {
      database: async () => {
        if (!databaseUp) throw new Error('down');
      },
    },
    logger: createLogger('server-test', 'silent'),
    maxBodyBytes: 2_000,
  });
  beforeAll(async () => {
    Object.assign(schema.getQueryType()?.getFields().hello ?? {}, { resolve: () => 'world' });
    Object.assign(schema.getQueryType()?.getFields().broken ?? {}, {
      resolve: () => {
        throw new Error('connection string postgres://secret@db leaked');
      },
    });
    await start();
    baseUrl = await listenOnFreePort(server);
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await stop();
  });

  it('answers GraphQL', async () => {
    expect(await postGraphQL(`${baseUrl}/graphql`, '{ hello }')).toMatchObject({
      status: 200,
      data: { hello: 'world' },
    });
  });

  it('hides the message and stack of an unexpected error', async () => {
    const response = await postGraphQL(`${baseUrl}/graphql`, '{ broken }');
    expect(response.errors).toEqual([
      {
        message: 'Internal server error',
        locations: [{ line: 1, column: 3 }],
        path: ['broken'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
  });

  it('refuses a body over the limit with 413 before reading it all', async () => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ hello } # ${'x'.repeat(3_000)}` }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is larger than 2000 bytes.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('answers 400 with a code for a body that is not JSON', async () => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(
      ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code,
    ).toBe('BAD_REQUEST');
  });

  it('is live while running, and ready only while its dependencies answer', async () => {
    expect((await fetch(`${baseUrl}/health/live`)).status).toBe(200);
    expect((await fetch(`${baseUrl}/health/ready`)).status).toBe(200);
    databaseUp = false;
    const down = await fetch(`${baseUrl}/health/ready`);
    databaseUp = true;
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'unavailable', failing: ['database'] });
  });

  it('answers 404 for unknown paths', async () => {
    expect((await fetch(`${baseUrl}/nowhere`)).status).toBe(404);
  });
});
