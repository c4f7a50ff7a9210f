import { watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { ApolloGateway } from '@apollo/gateway';
import type { Logger } from '@learngraph/service-kit';
import { enforcedByRouter } from './authorization/enforced-by-router.js';
import type { EntityStore } from './entity-cache/index.js';
import type { CacheMetrics } from './metrics/router-metrics.js';
import { type ObserveFetch, timedDataSource } from './metrics/timed-data-source.js';
import { SubgraphDataSource } from './subgraph-data-source.js';

export interface GatewayOptions {
  supergraphPath: string;
  /** Subgraph URLs that replace the ones in the supergraph, by subgraph name. */
  subgraphUrls: Record<string, string>;
  /** Signs every subgraph request; see `SubgraphDataSource`. */
  routerKey: string;
  /** How long one subgraph fetch may take. */
  subgraphTimeoutMs: number;
  /** The scope partners need per subgraph; see `defaultSubgraphScopes`. */
  subgraphScopes: Record<string, string>;
  /** Whether the subgraphs accept batched requests; see `SubgraphDataSource`. */
  subgraphBatching?: boolean | undefined;
  /** Told the duration and outcome of every subgraph fetch (the router's metrics). */
  observeFetch: ObserveFetch;
  /** Where public entities of entity fetches are cached; see `SubgraphDataSource`. */
  entityCache?: { store: EntityStore; metrics: CacheMetrics } | undefined;
  logger: Logger;
}

/**
 * Apollo Gateway serving the supergraph from a file, and reloading it when the file changes. A file
 * that does not load (a half-written or broken supergraph) is logged and the previous one stays.
 *
 * @example
 * const gateway = createGateway({ supergraphPath: 'router/supergraph.graphql', subgraphUrls: {}, routerKey, subgraphTimeoutMs: 10_000, subgraphScopes: {}, observeFetch: metrics.observeSubgraphFetch, logger });
 */
export function createGateway(options: GatewayOptions): ApolloGateway {
  const {
    supergraphPath,
    subgraphUrls,
    routerKey,
    subgraphTimeoutMs,
    subgraphScopes,
    subgraphBatching,
    observeFetch,
    entityCache,
    logger,
  } = options;
  return new ApolloGateway({
    logger,
    async supergraphSdl({ update }) {
      let current = await readFile(supergraphPath, 'utf8');
      let timer: NodeJS.Timeout | undefined;
      const reload = async () => {
        const next = await readFile(supergraphPath, 'utf8').catch(() => current);
        if (next === current) return;
        try {
          update(enforcedByRouter(next));
          current = next;
          logger.info({ supergraphPath }, 'supergraph reloaded');
        } catch (error) {
          logger.error(
            { err: error, supergraphPath },
            'the changed supergraph does not load; keeping the previous one',
          );
        }
      };
      // Editors and `pnpm compose` write in several steps; wait for the file to settle.
      const watcher = watch(supergraphPath, () => {
        clearTimeout(timer);
        timer = setTimeout(() => void reload(), 100);
      });
      return {
        supergraphSdl: enforcedByRouter(current),
        async cleanup() {
          clearTimeout(timer);
          watcher.close();
        },
      };
    },
    buildService: ({ name, url }) =>
      timedDataSource(
        name,
        new SubgraphDataSource({
          name,
          url: subgraphUrls[name] ?? url ?? '',
          routerKey,
          timeoutMs: subgraphTimeoutMs,
          partnerScope: subgraphScopes[name],
          batching: subgraphBatching,
          entityCache,
          logger,
        }),
        observeFetch,
      ),
  });
}
