import { Pool } from 'undici';
import { type AnswerHeaders, answerFromText, type SubgraphPost } from './subgraph-answer.js';

const pickHeaders = (headers: Record<string, string | string[] | undefined>): AnswerHeaders => {
  const picked: AnswerHeaders = {};
  for (const name of ['content-type', 'cache-control'] as const) {
    const value = headers[name];
    if (typeof value === 'string') picked[name] = value;
  }
  return picked;
};

/** Why a subgraph gave no answer: it did not within the timeout, or could not be reached. */
export class SubgraphFetchError extends Error {
  override name = 'SubgraphFetchError';
  constructor(
    readonly reason: 'timeout' | 'unreachable',
    options: ErrorOptions,
  ) {
    super(`subgraph ${reason}`, options);
  }
}

export interface PooledPostOptions {
  url: string;
  /** How long one request may take, from sending to the last byte of its answer. */
  timeoutMs: number;
  /** Most connections open to the subgraph at once; requests beyond wait for one. */
  connections: number;
}

/**
 * POSTs to one subgraph over a pool of keep-alive connections (undici), so that a fetch reuses a warm socket
 * instead of paying for a new connection and Node's `fetch` streams. Failures are `SubgraphFetchError`s.
 *
 * @example
 * const { post, close } = pooledPost({ url, timeoutMs: 10_000, connections: 128 });
 * const answer = await post('{"query":"{ books { id } }"}', { 'content-type': 'application/json' });
 */
export function pooledPost(options: PooledPostOptions): { post: SubgraphPost; close: () => Promise<void> } {
  const { url, timeoutMs, connections } = options;
  const target = new URL(url);
  const pool = new Pool(target.origin, { connections });
  const path = `${target.pathname}${target.search}`;
  const post: SubgraphPost = async (body, headers) => {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const response = await pool.request({ path, method: 'POST', headers, body, signal });
      const text = await response.body.text();
      return answerFromText(response.statusCode, pickHeaders(response.headers), text);
    } catch (error) {
      throw new SubgraphFetchError(signal.aborted ? 'timeout' : 'unreachable', { cause: error });
    }
  };
  return { post, close: () => pool.close() };
}
