import { postGraphQL } from './index.js';
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

/** A benchmark of failing requests measures nothing: any GraphQL error stops the run. */
async function send(endpoint: SignedEndpoint, request: BenchRequest): Promise<void> {
  const response = await postGraphQL(endpoint.url, request.query, request.variables, request.token, endpoint.routerKey);
  if (response.status !== 200 || response.errors) {
    throw new Error(`${request.shape}: HTTP ${response.status} ${JSON.stringify(response.errors ?? response.data)}`);
  }
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
  const started = performance.now();
  for (let index = 0; index < count; index += 1) {
    const request = requestAt(index);
    statements.length = 0;
    const sent = performance.now();
    await send(endpoint, request);
    samples.push({ shape: request.shape, latencyMs: performance.now() - sent, statements: statements.length });
    statementsOf.push([...statements]);
  }
  return { samples, wallMs: performance.now() - started, statementsOf };
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
  const started = performance.now();
  const client = async () => {
    while (next < count) {
      const request = requestAt(next);
      next += 1;
      const sent = performance.now();
      await send(endpoint, request);
      samples.push({ shape: request.shape, latencyMs: performance.now() - sent, statements: null });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  return { samples, wallMs: performance.now() - started };
}
