#!/usr/bin/env node
import { configOrExit, createLogger, guardProcess, handleShutdown, startTracing } from '@learngraph/service-kit';
import { readConfig } from './config.js';
import { createRouter, routerOptions } from './server.js';

const config = configOrExit(() => readConfig());
const logger = createLogger('router', config.LOG_LEVEL);
guardProcess(logger);
const tracing = configOrExit(() => startTracing('router'));
const router = await createRouter(routerOptions(config, logger));
// Listen first so that /health can report 503 while the supergraph loads.
router.server.listen(config.PORT, config.HOST);
await router.start();
logger.info({ url: `http://${config.HOST}:${config.PORT}/graphql`, supergraph: config.supergraphPath }, 'router ready');
// A query in flight may wait a whole subgraph timeout for its last fetch; shutdown leaves it that long, and more.
handleShutdown({
  server: router.server,
  logger,
  closers: [router.stop, () => tracing.shutdown()],
  timeoutMs: config.SUBGRAPH_TIMEOUT_MS + 5_000,
});
