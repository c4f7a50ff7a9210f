import type { SoakRequest } from './workload.js';

/** One request's outcome: how long it took, and what was wrong with its answer if anything. */
export interface Outcome {
  name: string;
  ms: number;
  error: string | null;
}

/** An answer counts as an error when it is not a 2xx, or when a GraphQL answer carries errors. */
export async function send(baseUrl: string, request: SoakRequest): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}${request.path}`, {
      method: request.method,
      headers: request.body ? { 'content-type': 'application/json' } : {},
      ...(request.body ? { body: request.body } : {}),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    const graphqlErrors = request.path === '/graphql' && /"errors"\s*:/.test(text);
    const error = !response.ok
      ? `HTTP ${response.status}`
      : graphqlErrors
        ? `GraphQL errors: ${text.slice(0, 200)}`
        : null;
    return { name: request.name, ms: performance.now() - started, error };
  } catch (failure) {
    return { name: request.name, ms: performance.now() - started, error: String(failure) };
  }
}

/**
 * Closed loop: `concurrency` clients each send the next request as soon as the last one answered, for
 * `seconds`; the throughput of that level is what the system sustains with that many requests in flight.
 */
export async function closedLoop(
  baseUrl: string,
  next: (index: number) => SoakRequest,
  concurrency: number,
  seconds: number,
): Promise<{ perSecond: number; outcomes: Outcome[] }> {
  const outcomes: Outcome[] = [];
  const deadline = performance.now() + seconds * 1000;
  let index = 0;
  const client = async () => {
    while (performance.now() < deadline) outcomes.push(await send(baseUrl, next(index++)));
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, client));
  return { perSecond: (outcomes.length / (performance.now() - started)) * 1000, outcomes };
}

/**
 * Open loop: starts requests at a fixed `perSecond` for `seconds`, whether or not earlier ones have answered
 * (as independent visitors do), then waits for the last ones. A system that cannot keep up shows it as growing
 * latencies and errors rather than as a slower sender.
 */
export async function openLoop(
  baseUrl: string,
  next: (index: number) => SoakRequest,
  perSecond: number,
  seconds: number,
): Promise<{ outcomes: Outcome[]; sent: number; wallMs: number }> {
  const intervalMs = 1000 / perSecond;
  const total = Math.round(perSecond * seconds);
  const inFlight: Array<Promise<Outcome>> = [];
  const started = performance.now();
  for (let index = 0; index < total; index += 1) {
    const due = started + index * intervalMs;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(send(baseUrl, next(index)));
  }
  const outcomes = await Promise.all(inFlight);
  return { outcomes, sent: total, wallMs: performance.now() - started };
}
