import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, createSubgraphServer, routerSignatureHeader, signRouterRequest } from '../src/index.js';
import { generateRouterKey, listenOnFreePort, postGraphQL } from '../src/testing/index.js';

const schema = buildSchema(
  `type Query { hello: String, broken: String, slow: String, echo(text: String, texts: [String]): String }`,
);
let databaseUp = true;

describe('a service HTTP server', () => {
  let baseUrl: string;
  const routerKey = generateRouterKey();
  const previousKey = generateRouterKey();
  const ask = (query: string, variables: Record<string, unknown> = {}, key = routerKey) =>
    postGraphQL(`${baseUrl}/graphql`, query, variables, undefined, key);
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [routerSignatureHeader]: signRouterRequest(routerKey, body),
        ...headers,
      },
      body,
    });
  const { server, start, stop } = createSubgraphServer({
    schema,
    context: async () => ({}),
    readiness: {
      database: async () => {
        if (!databaseUp) throw new Error('down');
      },
    },
    logger: createLogger('server-test', 'silent'),
    routerKeys: [routerKey, previousKey],
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
    expect(await ask('{ hello }')).toMatchObject({
      status: 200,
      data: { hello: 'world' },
    });
  });

  it('hides the message and stack of an unexpected error', async () => {
    const response = await ask('{ broken }');
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
    const response = await post(JSON.stringify({ query: `{ hello } # ${'x'.repeat(3_000)}` }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is larger than 2000 bytes.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('answers 400 with a code for a body that is not JSON', async () => {
    const response = await post('{"query": ');
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

  it('answers only requests the router signed, with the current or the previous key', async () => {
    expect(await ask('{ hello }', {}, previousKey)).toMatchObject({ status: 200, data: { hello: 'world' } });
    const unsigned = await postGraphQL(`${baseUrl}/graphql`, '{ _typename: __typename }');
    expect(unsigned).toMatchObject({ status: 403, errors: [{ extensions: { code: 'ROUTER_SIGNATURE_REQUIRED' } }] });
    const forged = await ask('{ hello }', {}, generateRouterKey());
    expect(forged).toMatchObject({ status: 403, errors: [{ extensions: { code: 'ROUTER_SIGNATURE_INVALID' } }] });
  });

  it('refuses a signature made for another body, an old one, and a malformed one', async () => {
    const body = JSON.stringify({ query: '{ hello }' });
    const codeOf = async (headers: Record<string, string>) => {
      const response = await post(body, headers);
      const answer = (await response.json()) as { errors?: Array<{ extensions: { code: string } }> };
      return [response.status, answer.errors?.[0]?.extensions.code];
    };
    const signature = (signedBody: string, now = Date.now()) => ({
      [routerSignatureHeader]: signRouterRequest(routerKey, signedBody, now),
    });
    expect(await codeOf(signature('{"query":"{ broken }"}'))).toEqual([403, 'ROUTER_SIGNATURE_INVALID']);
    expect(await codeOf(signature(body, Date.now() - 5 * 60_000))).toEqual([403, 'ROUTER_SIGNATURE_INVALID']);
    expect(await codeOf({ [routerSignatureHeader]: 't=1,v1=zz' })).toEqual([403, 'ROUTER_SIGNATURE_INVALID']);
    expect(await codeOf(signature(body))).toEqual([200, undefined]);
  });

  it('accepts only POST on /graphql', async () => {
    const response = await fetch(`${baseUrl}/graphql?query=%7Bhello%7D`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('answers 400 OPERATION_RESOLUTION_FAILURE when the document does not name one operation', async () => {
    const unknown = await post(JSON.stringify({ query: 'query A { hello }', operationName: 'B' }));
    const several = await post(JSON.stringify({ query: 'query A { hello } query B { hello }' }));
    for (const response of [unknown, several]) {
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        errors: [{ extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }],
      });
    }
  });

  it('refuses text PostgreSQL cannot store, in variables and in the document, naming where it is', async () => {
    const inVariables = await ask('query ($q: String) { echo(text: $q) }', { q: 'a\u0000b' });
    expect(inVariables).toMatchObject({
      status: 400,
      errors: [{ message: 'variables.q contains a NUL character.', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    const nested = await ask('query ($q: [String]) { echo(texts: $q) }', { q: ['fine', '\ud800'] });
    expect(nested).toMatchObject({ status: 400, errors: [{ message: expect.stringMatching(/^variables\.q\.1 /) }] });
    const literal = await ask('{ echo(text: "a\\u0000") }');
    expect(literal.status).toBe(400);
  });

  it('answers 400 for a request target that is not a URL, and keeps serving', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(`${baseUrl}/health/live`, { path: 'http://[' }, (res) => resolve(res.statusCode));
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(400);
    expect((await fetch(`${baseUrl}/health/live`)).status).toBe(200);
  });
});
