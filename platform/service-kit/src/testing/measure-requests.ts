import { Pool } from 'undici';
import { routerSignatureHeader, signRouterRequest } from '../auth/router-signature.js';
import type { Pass } from './latency-stats.js';

/** Where a subgraph under measure listens, and the key its requests are signed with, as the router signs them. */
export interface SignedEndpoint {
  url: string;
  routerKey: string;
}

/** One request of a scenario: a named shape, a GraphQL operation and its variables. */
export interface BenchRequest {
  shape: string;
  query: string;
  variables: Record<string, unknown>;
  /** An access token to send it with; anonymous without. */
  token?: string;
}

/**
 * Sends requests as the router does (its `pooled-post.ts`): signed, over keep-alive connections of an undici
 * pool, rather than through `fetch`, whose streams cost the measuring process about 2 ms of CPU a request and
 * would be counted in every latency. A benchmark of failing requests measures nothing: any GraphQL error
 * stops the run.
 */
function pooledSender(endpoint: SignedEndpoint, connections: number) {
  const target = new URL(endpoint.url);
  const pool = new Pool(target.origin, { connections });
  const path = `${target.pathname}${target.search}`;
  const send = async (request: BenchRequest): Promise<void> => {
    const body = JSON.stringify({ query: request.query, variables: request.variables });
    const response = await pool.request({
      path,
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [routerSignatureHeader]: signRouterRequest(endpoint.routerKey, body),
        ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
      },
      body,
    });
    const text = await response.body.text();
    const answer = JSON.parse(text) as { errors?: unknown; data?: unknown };
    if (response.statusCode !== 200 || answer.errors) {
      throw new Error(`${request.shape}: HTTP ${response.statusCode} ${JSON.stringify(answer.errors ?? answer.data)}`);
    }
  };
  return { send, close: () => pool.close() };
}

/**
 * Sends `count` requests one after another and times each; with nothing else running, the statements
 * logged between the start and end of a request are that request's round trips, and are kept with it.
 */
export async function runSequential<Statement>(
  endpoint: SignedEndpoint,
  count: number,
  requestAt: (index: number) => BenchRequest,
  statements: Statement[],
): Promise<Pass & { statementsOf: Statement[][] }> {
  const samples = [];
  const statementsOf: Statement[][] = [];
  const { send, close } = pooledSender(endpoint, 1);
  const started = performance.now();
  try {
    for (let index = 0; index < count; index += 1) {
      const request = requestAt(index);
      statements.length = 0;
      const sent = performance.now();
      await send(request);
      samples.push({ shape: request.shape, latencyMs: performance.now() - sent, statements: statements.length });
      statementsOf.push([...statements]);
    }
    return { samples, wallMs: performance.now() - started, statementsOf };
  } finally {
    await close();
  }
}

/** Sends `count` requests from `concurrency` clients at once, each starting its next as soon as one returns. */
export async function runConcurrent(
  endpoint: SignedEndpoint,
  count: number,
  concurrency: number,
  requestAt: (index: number) => BenchRequest,
): Promise<Pass> {
  const samples: Pass['samples'] = [];
  let next = 0;
  const { send, close } = pooledSender(endpoint, concurrency);
  const started = performance.now();
  const client = async () => {
    while (next < count) {
      const request = requestAt(next);
      next += 1;
      const sent = performance.now();
      await send(request);
      samples.push({ shape: request.shape, latencyMs: performance.now() - sent, statements: null });
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, client));
    return { samples, wallMs: performance.now() - started };
  } finally {
    await close();
  }
}
