#!/usr/bin/env node
import { configOrExit, createLogger, guardProcess, handleShutdown } from '@learngraph/service-kit';
import { readConfig } from './config.js';
import { createRouter } from './server.js';

const config = configOrExit(() => readConfig());
const logger = createLogger('router', config.LOG_LEVEL);
guardProcess(logger);
const router = await createRouter({
  supergraphPath: config.supergraphPath,
  subgraphUrls: config.subgraphUrls,
  jwtPublicKey: config.JWT_PUBLIC_KEY,
  routerKey: config.ROUTER_SUBGRAPH_KEY,
  subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
  maxBodyBytes: config.MAX_BODY_BYTES,
  maxQueryDepth: config.MAX_QUERY_DEPTH,
  trustForwardedFor: config.TRUST_FORWARDED_FOR,
  logger,
});
// Listen first so that /health can report 503 while the supergraph loads.
router.server.listen(config.PORT, config.HOST);
await router.start();
logger.info({ url: `http://${config.HOST}:${config.PORT}/graphql`, supergraph: config.supergraphPath }, 'router ready');
handleShutdown({ server: router.server, logger, closers: [router.stop] });
