import { dedupInFlight } from './in-flight-dedup.js';
import { pooledPost } from './pooled-post.js';
import { signedPost } from './signed-post.js';
import type { SubgraphPost } from './subgraph-answer.js';

export interface SubgraphPostOptions {
  url: string;
  routerKey: string;
  /** How long one request may take; see `pooledPost`. */
  timeoutMs: number;
}

/** Most connections the router keeps open to one subgraph: enough for its concurrency, bounded for the subgraph's sake. */
const connectionsPerSubgraph = 128;

/**
 * How the router sends one subgraph its requests: an identical query already in flight is not sent again
 * (`dedupInFlight`), the rest is signed with the router key and sent over a pool of keep-alive connections.
 *
 * @example
 * const { post, close } = subgraphPost({ url, routerKey, timeoutMs: 10_000 });
 */
export function subgraphPost(options: SubgraphPostOptions): { post: SubgraphPost; close: () => Promise<void> } {
  const { url, routerKey, timeoutMs } = options;
  const pooled = pooledPost({ url, timeoutMs, connections: connectionsPerSubgraph });
  return { post: dedupInFlight(signedPost(pooled.post, routerKey)), close: pooled.close };
}
