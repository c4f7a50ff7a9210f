import { generateKeyPairSync } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { routerSignatureHeader, signRouterRequest } from '../auth/router-signature.js';

export { generateRouterKey } from '../auth/router-signature.js';
export { chromiumLaunchOptions } from './chromium.js';

/**
 * A fresh Ed25519 key pair in PEM, as the users subgraph signs tokens with and every service verifies
 * them with. Tests mint their own; real keys come from the environment.
 */
export function generateTestKeys(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** Starts `server` on an ephemeral loopback port and returns its base URL. */
export async function listenOnFreePort(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  data?: Data | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

/**
 * Polls `condition` until it holds, failing after `timeoutMs` with what `seen` (when given) describes: a bounded
 * wait for something that happens on its own time, instead of a fixed sleep.
 *
 * @example
 * await waitFor(async () => (await fetch(`${url}/health`)).ok, { timeoutMs: 20_000 });
 */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  { timeoutMs = 10_000, intervalMs = 25, seen }: { timeoutMs?: number; intervalMs?: number; seen?: () => string } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms${seen ? `; saw: ${seen()}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Posts a GraphQL operation over real HTTP, optionally as the holder of `token`, and signed as the router
 * would sign it when `routerKey` is given (subgraphs answer nothing else); the HTTP response as it came, for a
 * test that looks at its headers.
 *
 * @example
 * const response = await sendGraphQL(`${url}/graphql`, '{ topics { id } }');
 * response.headers.get('cache-control');
 */
export function sendGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  routerKey?: string,
): Promise<Response> {
  const body = JSON.stringify({ query, variables });
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(routerKey ? { [routerSignatureHeader]: signRouterRequest(routerKey, body) } : {}),
    },
    body,
  });
}

/**
 * Posts a GraphQL operation as `sendGraphQL` does, and reads the answer with its HTTP status.
 *
 * @example
 * const { data } = await postGraphQL(`${url}/graphql`, '{ learningResources { totalCount } }');
 */
export async function postGraphQL<Data = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  routerKey?: string,
): Promise<GraphQLResponse<Data>> {
  const response = await sendGraphQL(url, query, variables, token, routerKey);
  const answer = (await response.json()) as Omit<GraphQLResponse<Data>, 'status'>;
  return { status: response.status, ...answer };
}
export type { Pass, Sample, Summary } from './latency-stats.js';
export { formatRow, percentile, summarize, tableHeader } from './latency-stats.js';
export type { BenchRequest, SignedEndpoint } from './measure-requests.js';
export { runConcurrent, runSequential } from './measure-requests.js';
export { freePort, portIsClosed, testRedisUrl } from './test-servers.js';
export { serviceTestConfig } from './vitest-config.js';

/** A service server as `createSubgraphServer` returns it. */
interface StartableServer {
  server: Server;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts a service on a free loopback port and returns a GraphQL client for it, which signs every request
 * with `routerKey` as the router does, and a `close` that stops the server, then runs `cleanup`
 * (disconnect the database, drop it).
 *
 * @example
 * const routerKey = generateRouterKey();
 * const service = await serveForTest(await createUsersServer({ ...deps, routerKeys: [routerKey] }), cleanup, routerKey);
 * const { data } = await service.query('{ me { id } }', {}, token);
 */
export async function serveForTest(service: StartableServer, cleanup: () => Promise<void>, routerKey: string) {
  await service.start();
  const baseUrl = await listenOnFreePort(service.server);
  return {
    baseUrl,
    routerKey,
    query: <Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string) =>
      postGraphQL<Data>(`${baseUrl}/graphql`, query, variables, token, routerKey),
    /** The same request, answered as the raw HTTP response (its headers). */
    send: (query: string, variables?: Record<string, unknown>, token?: string) =>
      sendGraphQL(`${baseUrl}/graphql`, query, variables, token, routerKey),
    async close() {
      await new Promise((resolve) => service.server.close(resolve));
      await service.stop();
      await cleanup();
    },
  };
}
