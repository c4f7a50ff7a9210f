#!/usr/bin/env node
import { configOrExit, createLogger, guardProcess, handleShutdown } from '@learngraph/service-kit';
import { readConfig } from './config.js';
import { createRouter, routerOptions } from './server.js';

const config = configOrExit(() => readConfig());
const logger = createLogger('router', config.LOG_LEVEL);
guardProcess(logger);
const router = await createRouter(routerOptions(config, logger));
// Listen first so that /health can report 503 while the supergraph loads.
router.server.listen(config.PORT, config.HOST);
await router.start();
logger.info({ url: `http://${config.HOST}:${config.PORT}/graphql`, supergraph: config.supergraphPath }, 'router ready');
handleShutdown({ server: router.server, logger, closers: [router.stop] });
