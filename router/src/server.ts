import { ApolloServer } from '@apollo/server';
import {
  createGraphQLHandler,
  createServiceServer,
  createTokenVerifier,
  type Logger,
  maskUnexpectedErrors,
  sendGraphQLError,
  useOperationRequired,
  useWellFormedText,
} from '@learngraph/service-kit';
import { createContextFactory, type RouterContext } from './context.js';
import { createGateway } from './gateway.js';
import { useDepthLimit } from './plugins/depth-limit.js';
import { subgraphReadiness } from './subgraph-readiness.js';

export interface RouterOptions {
  supergraphPath: string;
  subgraphUrls: Record<string, string>;
  jwtPublicKey: string;
  routerKey: string;
  subgraphTimeoutMs: number;
  maxBodyBytes: number;
  maxQueryDepth: number;
  logger: Logger;
}

/**
 * The router's HTTP server: `/graphql` through Apollo Gateway, `/health` answering 200 only once the
 * supergraph is loaded and the gateway can plan queries. `start()` loads the supergraph.
 */
export async function createRouter(options: RouterOptions) {
  const {
    supergraphPath,
    subgraphUrls,
    jwtPublicKey,
    routerKey,
    subgraphTimeoutMs,
    maxBodyBytes,
    maxQueryDepth,
    logger,
  } = options;
  const gateway = createGateway({ supergraphPath, subgraphUrls, routerKey, subgraphTimeoutMs, logger });
  const apollo = new ApolloServer<RouterContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    plugins: [useOperationRequired(), useWellFormedText(), useDepthLimit(maxQueryDepth)],
    formatError: maskUnexpectedErrors((error) => logger.error({ err: error }, 'unexpected error in the router')),
  });
  let ready = false;
  const handle = createGraphQLHandler({
    apollo,
    context: createContextFactory(await createTokenVerifier(jwtPublicKey)),
    maxBodyBytes,
  });
  const server = createServiceServer({
    graphql: async (req, res) => {
      if (ready) return handle(req, res);
      sendGraphQLError(res, 503, 'NOT_READY', 'The router is starting; try again shortly.');
    },
    readiness: subgraphReadiness({ gateway, subgraphUrls, isServing: () => ready }),
    logger,
  });
  return {
    server,
    async start() {
      await apollo.start();
      ready = true;
    },
    stop: () => apollo.stop(),
  };
}
