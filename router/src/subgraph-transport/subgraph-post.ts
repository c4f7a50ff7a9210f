import { cachedEntities, type EntityStore } from '../entity-cache/index.js';
import type { CacheMetrics } from '../metrics/router-metrics.js';
import { dedupInFlight } from './in-flight-dedup.js';
import { pooledPost } from './pooled-post.js';
import { signedPost } from './signed-post.js';
import type { SubgraphPost } from './subgraph-answer.js';
import { batchPerTick } from './tick-batcher.js';

export interface SubgraphPostOptions {
  url: string;
  routerKey: string;
  /** How long one request may take; see `pooledPost`. */
  timeoutMs: number;
  /** Whether queries sent together go in one batched request; see `batchPerTick`. */
  batching?: boolean | undefined;
  /** Where entity fetches' public entities are cached, and who is told each lookup; see `cachedEntities`. */
  entityCache?: { subgraph: string; store: EntityStore; metrics: CacheMetrics } | undefined;
}

/** Most connections the router keeps open to one subgraph: enough for its concurrency, bounded for the subgraph's sake. */
const connectionsPerSubgraph = 128;

/** A batch stays well under the 1 MB a subgraph accepts, and small enough that one slow operation delays few. */
const batchLimits = { maxOperations: 32, maxBytes: 512_000 };

/**
 * How the router sends one subgraph its requests: with an `entityCache`, cached entities are not fetched again
 * (`cachedEntities`); an identical query already in flight is not sent again
 * (`dedupInFlight`); with `batching`, queries sent together go in one request (`batchPerTick`); what goes
 * over the wire is signed with the router key and sent over a pool of keep-alive connections.
 *
 * @example
 * const { post, close } = subgraphPost({ url, routerKey, timeoutMs: 10_000 });
 */
export function subgraphPost(options: SubgraphPostOptions): { post: SubgraphPost; close: () => Promise<void> } {
  const { url, routerKey, timeoutMs, batching = false, entityCache } = options;
  const pooled = pooledPost({ url, timeoutMs, connections: connectionsPerSubgraph });
  const signed = signedPost(pooled.post, routerKey);
  const post = dedupInFlight(batching ? batchPerTick(signed, batchLimits) : signed);
  return { post: entityCache ? cachedEntities(post, entityCache) : post, close: pooled.close };
}
