import { isQueryBody, type SubgraphPost } from './subgraph-answer.js';

/** Headers that differ between requests without changing what the subgraph answers. */
const perRequestHeaders = new Set(['x-request-id']);

const keyOf = (body: string, headers: Record<string, string>) =>
  JSON.stringify([
    body,
    Object.entries(headers)
      .filter(([name]) => !perRequestHeaders.has(name.toLowerCase()))
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  ]);

/**
 * Sends an identical query only once while it is in flight: a request with the same body and the same headers
 * (the caller's token and address included; the request id aside) as one already sent waits for that one's
 * answer, and each waiter gets its own copy. Mutations are always sent.
 *
 * @example
 * const post = dedupInFlight(pooledPost({ url, timeoutMs, connections }).post);
 */
export function dedupInFlight(post: SubgraphPost): SubgraphPost {
  const inFlight = new Map<string, ReturnType<SubgraphPost>>();
  return (body, headers) => {
    if (!isQueryBody(body)) return post(body, headers);
    const key = keyOf(body, headers);
    const pending = inFlight.get(key);
    if (pending !== undefined) return pending;
    const sent = post(body, headers).finally(() => inFlight.delete(key));
    inFlight.set(key, sent);
    return sent;
  };
}
