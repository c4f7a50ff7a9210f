import { watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Logger } from '@learngraph/service-kit';
import type { RouterContext } from './context.js';

/** Passes the caller's token and request id on to every subgraph fetch. */
class ForwardingDataSource extends RemoteGraphQLDataSource<RouterContext> {
  override willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<RouterContext>['willSendRequest']>>[0]) {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
  }
}

export interface GatewayOptions {
  supergraphPath: string;
  /** Subgraph URLs that replace the ones in the supergraph, by subgraph name. */
  subgraphUrls: Record<string, string>;
  logger: Logger;
}

/**
 * Apollo Gateway serving the supergraph from a file, and reloading it when the file changes. A file
 * that does not load (a half-written or broken supergraph) is logged and the previous one stays.
 *
 * @example
 * const gateway = createGateway({ supergraphPath: 'router/supergraph.graphql', subgraphUrls: {}, logger });
 */
export function createGateway(options: GatewayOptions): ApolloGateway {
  const { supergraphPath, subgraphUrls, logger } = options;
  return new ApolloGateway({
    logger,
    async supergraphSdl({ update }) {
      let current = await readFile(supergraphPath, 'utf8');
      let timer: NodeJS.Timeout | undefined;
      const reload = async () => {
        const next = await readFile(supergraphPath, 'utf8').catch(() => current);
        if (next === current) return;
        try {
          update(next);
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
        supergraphSdl: current,
        async cleanup() {
          clearTimeout(timer);
          watcher.close();
        },
      };
    },
    buildService: ({ name, url }) => new ForwardingDataSource({ url: subgraphUrls[name] ?? url }),
  });
}
