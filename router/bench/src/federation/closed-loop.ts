import { Pool } from 'undici';

export interface LoadResult {
  /** Each answer's time in milliseconds, in the order they arrived. */
  latencies: number[];
  seconds: number;
}

export interface ClosedLoopOptions {
  url: string;
  /** What client number `client` sends, every time. */
  body(client: number): string;
  /** Requests in flight at every moment: each client sends its next request when its answer is in. */
  concurrency: number;
  seconds: number;
  /** The answer every request must get, byte for byte; anything else stops the run. */
  expected: string;
}

/**
 * Closed-loop load: `concurrency` clients each sending its `body` as soon as their previous answer arrived, for
 * `seconds`, over keep-alive connections. Returns every answer's time and how long it all took.
 *
 * @example
 * const { latencies, seconds } = await closedLoop({ url, body: () => text, concurrency: 8, seconds: 10, expected });
 */
export async function closedLoop(options: ClosedLoopOptions): Promise<LoadResult> {
  const { url, body, concurrency, seconds, expected } = options;
  const target = new URL(url);
  const pool = new Pool(target.origin, { connections: concurrency });
  const latencies: number[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  const client = async (number: number) => {
    const sent = body(number);
    while (performance.now() < until) {
      const start = performance.now();
      const response = await pool.request({
        path: target.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: sent,
      });
      const text = await response.body.text();
      latencies.push(performance.now() - start);
      if (response.statusCode !== 200 || text !== expected)
        throw new Error(`${url} answered differently under load (HTTP ${response.statusCode}): ${text.slice(0, 300)}`);
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, (_, number) => client(number)));
  } finally {
    await pool.close();
  }
  return { latencies, seconds: (performance.now() - started) / 1000 };
}
