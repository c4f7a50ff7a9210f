import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startSystem } from '../../e2e/support/start-system.js';
import { readSoakConfig } from './config.js';
import { closedLoop, type Outcome, openLoop } from './load.js';
import { serviceMemory } from './memory.js';
import { type Catalog, workload } from './workload.js';

/**
 * `pnpm bench:soak`: measures the system's maximum throughput through the edge with a browsing mix, then holds
 * SOAK_LOAD_PERCENT of it for SOAK_SECONDS and prints the errors (there must be none), latency percentiles and
 * each service's memory at the start and the end of the soak. Exits 1 when any request failed.
 */
const config = readSoakConfig();
const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
const latencies = (outcomes: readonly Outcome[]) => outcomes.map((outcome) => outcome.ms).sort((a, b) => a - b);
const ms = (value: number) => `${value.toFixed(1)} ms`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

interface StackState {
  url: string;
  services: Record<string, { pid: number | null }>;
}

async function readState(dataDir: string): Promise<StackState> {
  return JSON.parse(await readFile(join(dataDir, 'stack.json'), 'utf8')) as StackState;
}

async function catalogOf(url: string): Promise<Catalog> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ learningResources(first: 100) { edges { node { id title } } } }' }),
  });
  const { data } = (await response.json()) as {
    data?: { learningResources: { edges: Array<{ node: { id: string; title: string } }> } };
  };
  const nodes = data?.learningResources.edges.map((edge) => edge.node) ?? [];
  if (nodes.length === 0) throw new Error('the system has no resources to read');
  const words = [...new Set(nodes.flatMap((node) => node.title.toLowerCase().match(/[a-z]{5,}/g) ?? []))];
  return { ids: nodes.map((node) => node.id), words };
}

const system = config.SOAK_DATA_DIR ? null : await startSystem();
const dataDir = config.SOAK_DATA_DIR ?? system?.dataDir ?? '';
try {
  const state = await readState(dataDir);
  const pids = Object.fromEntries(
    Object.entries(state.services).flatMap(([name, service]) => (service.pid ? [[name, service.pid]] : [])),
  );
  const next = workload(await catalogOf(state.url));
  process.stdout.write(`soak of ${state.url}\n\nwarming up…\n`);
  await closedLoop(state.url, next, 2, config.SOAK_PROBE_SECONDS);

  process.stdout.write('\nmaximum throughput (closed loop, the browsing mix):\n');
  let best = 0;
  for (const concurrency of [1, 2, 4, 8, 16]) {
    const level = await closedLoop(state.url, next, concurrency, config.SOAK_PROBE_SECONDS);
    const failed = level.outcomes.filter((outcome) => outcome.error).length;
    const p95 = percentile(latencies(level.outcomes), 95);
    process.stdout.write(
      `  ${String(concurrency).padStart(2)} in flight: ${level.perSecond.toFixed(1)} req/s, p95 ${ms(p95)}, ${failed} errors\n`,
    );
    if (failed === 0) best = Math.max(best, level.perSecond);
  }
  const rate = (best * config.SOAK_LOAD_PERCENT) / 100;
  process.stdout.write(
    `\nholding ${rate.toFixed(1)} req/s (${config.SOAK_LOAD_PERCENT}% of ${best.toFixed(1)}) for ${config.SOAK_SECONDS} s…\n`,
  );

  const before = await serviceMemory(pids);
  const soak = await openLoop(state.url, next, rate, config.SOAK_SECONDS);
  const after = await serviceMemory(pids);

  const errors = soak.outcomes.filter((outcome) => outcome.error);
  const sorted = latencies(soak.outcomes);
  process.stdout.write(
    `\nsoak: ${soak.sent} requests in ${(soak.wallMs / 1000).toFixed(1)} s ` +
      `(${((soak.sent / soak.wallMs) * 1000).toFixed(1)} req/s), errors: ${errors.length}\n` +
      `latency: p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, ` +
      `p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted.at(-1) ?? Number.NaN)}\n\nby request:\n`,
  );
  for (const name of [...new Set(soak.outcomes.map((outcome) => outcome.name))]) {
    const mine = soak.outcomes.filter((outcome) => outcome.name === name);
    const own = latencies(mine);
    process.stdout.write(
      `  ${name.padEnd(18)} ${String(mine.length).padStart(6)}  p50 ${ms(percentile(own, 50)).padStart(10)}  p95 ${ms(percentile(own, 95)).padStart(10)}\n`,
    );
  }
  process.stdout.write('\nmemory (resident, with child processes):\n');
  for (const name of Object.keys(pids)) {
    const start = before[name] ?? 0;
    const end = after[name] ?? 0;
    process.stdout.write(
      `  ${name.padEnd(16)} start ${mib(start).padStart(10)}   end ${mib(end).padStart(10)}   (${end >= start ? '+' : ''}${mib(end - start)})\n`,
    );
  }
  for (const error of errors.slice(0, 10)) process.stdout.write(`error: ${error.name}: ${error.error}\n`);
  process.exitCode = errors.length === 0 ? 0 : 1;
} finally {
  await system?.interrupt();
}
