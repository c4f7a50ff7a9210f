import type { IncomingMessage } from 'node:http';
import { ApolloServer, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { maskUnexpectedErrors } from '../errors.js';
import { useDocumentCachePolicy } from '../graphql/plugins/document-cache-policy.js';
import { useOperationRequired } from '../graphql/plugins/operation-required.js';
import { useRequestRecord } from '../graphql/plugins/request-record.js';
import { useSignedInPrivate } from '../graphql/plugins/signed-in-private.js';
import { useWellFormedText } from '../graphql/plugins/well-formed-text.js';
import { createGraphQLHandler } from './graphql-handler.js';
import { currentRequest } from './request-scope.js';
import { createServiceServer, type ReadinessCheck, type ServiceServerOptions } from './service-server.js';

export interface SubgraphServerOptions<Context extends BaseContext> {
  schema: GraphQLSchema;
  context: (req: IncomingMessage) => Promise<Context>;
  readiness: Record<string, ReadinessCheck>;
  /** Paths besides `/graphql` and the health endpoints that the subgraph answers; see `createServiceServer`. */
  routes?: ServiceServerOptions['routes'];
  logger: Logger;
  /**
   * The keys the router signs its requests with (the current one first, then one being retired); every
   * other request is refused, `_service` and `_entities` included.
   */
  routerKeys: readonly string[];
  /** Largest accepted request body, in bytes (default 1 MB), a batch's included. */
  maxBodyBytes?: number;
  /**
   * Most operations in one batched request (default 64: twice the 32 the router puts in one, see its
   * `subgraph-post.ts`). An empty batch, a longer one or one with a member that is not an object is a 400.
   */
  maxBatchOperations?: number;
  /** Answers `GET /metrics` for a scraper, like the health endpoints open to whoever reaches the port. */
  metrics?: () => Promise<string>;
}

/**
 * Apollo Server for a subgraph schema behind the service HTTP server (GraphQL plus health endpoints),
 * answering only the router, one operation or a batch of them (a JSON array, at most `maxBatchOperations` long)
 * per request. Call `start()` before listening and `stop()` when shutting down.
 *
 * @example
 * const { server, start } = createSubgraphServer({ schema, context, readiness: { database: ping }, routerKeys: [key], logger });
 * await start();
 * server.listen(4001, '127.0.0.1');
 */
export function createSubgraphServer<Context extends BaseContext>(options: SubgraphServerOptions<Context>) {
  const {
    schema,
    context,
    readiness,
    routes,
    logger,
    routerKeys,
    maxBodyBytes = 1_000_000,
    maxBatchOperations = 64,
    metrics,
  } = options;
  const apollo = new ApolloServer<Context>({
    schema,
    includeStacktraceInErrorResponses: false,
    // The router may send the fetches of a query-plan level in one request (`SUBGRAPH_BATCHING`); only it can,
    // since a batch is signed as a whole like any other body.
    allowBatchedHttpRequests: true,
    // Traces are only useful to Apollo Studio, which Learngraph does not report to. Cache-Control comes from the
    // operation's hints worked out once per document, not from Apollo's hook around every resolved field.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      useDocumentCachePolicy(),
      useRequestRecord(),
      useOperationRequired(),
      useWellFormedText(),
      useSignedInPrivate(),
    ],
    formatError: maskUnexpectedErrors((error) =>
      logger.error({ err: error, requestId: currentRequest()?.requestId }, 'unexpected error in a resolver'),
    ),
  });
  const server = createServiceServer({
    graphql: createGraphQLHandler({
      apollo,
      context,
      maxBodyBytes,
      maxBatchOperations,
      routerKeys,
      observation: { logger },
    }),
    ...(routes ? { routes } : {}),
    readiness,
    logger,
    ...(metrics ? { metrics } : {}),
  });
  return {
    server,
    start: () => apollo.start(),
    stop: () => apollo.stop(),
  };
}
