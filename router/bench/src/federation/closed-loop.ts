import { Pool } from 'undici';

export interface LoadResult {
  /** Each answer's time in milliseconds, in the order they arrived. */
  latencies: number[];
  seconds: number;
}

export interface ClosedLoopOptions {
  url: string;
  body: string;
  /** Requests in flight at every moment: each client sends its next request when its answer is in. */
  concurrency: number;
  seconds: number;
  /** The answer every request must get, byte for byte; anything else stops the run. */
  expected: string;
}

/**
 * Closed-loop load: `concurrency` clients each sending `body` as soon as their previous answer arrived, for
 * `seconds`, over keep-alive connections. Returns every answer's time and how long it all took.
 *
 * @example
 * const { latencies, seconds } = await closedLoop({ url, body, concurrency: 8, seconds: 10, expected });
 */
export async function closedLoop(options: ClosedLoopOptions): Promise<LoadResult> {
  const { url, body, concurrency, seconds, expected } = options;
  const target = new URL(url);
  const pool = new Pool(target.origin, { connections: concurrency });
  const latencies: number[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  const client = async () => {
    while (performance.now() < until) {
      const sent = performance.now();
      const response = await pool.request({
        path: target.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const text = await response.body.text();
      latencies.push(performance.now() - sent);
      if (response.statusCode !== 200 || text !== expected)
        throw new Error(`${url} answered differently under load (HTTP ${response.statusCode}): ${text.slice(0, 300)}`);
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, client));
  } finally {
    await pool.close();
  }
  return { latencies, seconds: (performance.now() - started) / 1000 };
}
