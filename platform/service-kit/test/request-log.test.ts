import { buildSchema } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubgraphServer, routerSignatureHeader, signRouterRequest } from '../src/index.js';
import { generateRouterKey, listenOnFreePort } from '../src/testing/index.js';

describe("a subgraph's request log", () => {
  const routerKey = generateRouterKey();
  const lines: Record<string, unknown>[] = [];
  const schema = buildSchema('type Query { hello: String }');
  const { server, start, stop } = createSubgraphServer({
    schema,
    context: async () => ({}),
    readiness: {},
    logger: pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) }),
    routerKeys: [routerKey],
  });
  let url: string;
  const post = (body: string, headers: Record<string, string>) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  beforeAll(async () => {
    await start();
    url = `${await listenOnFreePort(server)}/graphql`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await stop();
  });

  it('logs each request with the id the router forwarded', async () => {
    const body = JSON.stringify({ query: 'query Hello { hello }' });
    const response = await post(body, {
      [routerSignatureHeader]: signRouterRequest(routerKey, body),
      'x-request-id': 'from-router-1',
    });
    expect(response.headers.get('x-request-id')).toBe('from-router-1');
    expect(lines.filter((line) => line.requestId === 'from-router-1')).toEqual([
      expect.objectContaining({ operationName: 'Hello', status: 200, errorCodes: [], path: '/graphql' }),
    ]);
  });

  it('logs an unsigned request as refused, under an id of its own', async () => {
    const response = await post(JSON.stringify({ query: '{ hello }' }), {});
    expect(response.status).toBe(403);
    const id = response.headers.get('x-request-id');
    expect(lines.find((line) => line.requestId === id)).toMatchObject({ status: 403 });
  });
});
