import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { configOrExit } from '@learngraph/service-kit';
import { closedLoop } from '../federation/closed-loop.js';
import { percentile } from '../measure.js';
import { readDomainBenchConfig } from './config.js';
import { type DomainQuery, domainQueries } from './domain-queries.js';
import { startRouterProcess } from './router-process.js';

const settings = configOrExit(() => readDomainBenchConfig());

/** The routers compared: the same binary and subgraphs, the caches off, the entity cache alone, both caches. */
const variants: Record<string, Record<string, string>> = {
  'caches off': {},
  'entity cache': { ENTITY_CACHE: 'true' },
  'entity + response cache': { ENTITY_CACHE: 'true', RESPONSE_CACHE: 'true' },
};

interface StackState {
  redisUrl: string;
  services: Record<string, { origin: string }>;
}

/** The router environment of the running system, as `pnpm start` gives its own router. */
async function systemEnv(dataDir: string): Promise<Record<string, string>> {
  const state = JSON.parse(await readFile(join(dataDir, 'stack.json'), 'utf8')) as StackState;
  const origin = (name: string) => {
    const service = state.services[name];
    if (!service) throw new Error(`${dataDir}/stack.json names no ${name}: is the system running (pnpm start)?`);
    return service.origin;
  };
  return {
    JWKS_URL: `${origin('users')}/.well-known/jwks.json`,
    ROUTER_SUBGRAPH_KEY: (await readFile(join(dataDir, 'keys', 'router-subgraph-key'), 'utf8')).trim(),
    REDIS_URL: state.redisUrl,
    SUBGRAPH_BATCHING: 'true',
    REQUIRE_TRUSTED_DOCUMENTS: 'false',
    SUBGRAPH_CATALOG_URL: `${origin('catalog')}/graphql`,
    SUBGRAPH_USERS_URL: `${origin('users')}/graphql`,
    SUBGRAPH_SEARCH_URL: `${origin('search')}/graphql`,
    SUBGRAPH_LEARNING_PATHS_URL: `${origin('learning-paths')}/graphql`,
  };
}

const post = async (url: string, body: string) => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, text: await response.text() };
};

async function firstResourceId(url: string) {
  const { text } = await post(
    url,
    JSON.stringify({ query: '{ learningResources(first: 1) { edges { node { id } } } }' }),
  );
  const id = (JSON.parse(text) as { data?: { learningResources: { edges: Array<{ node: { id: string } }> } } }).data
    ?.learningResources.edges[0]?.node.id;
  if (!id) throw new Error('the system has no resources: import a catalog first');
  return id;
}

/** Each router's answer to `query`; fails unless every router answers it, without errors, with the same data. */
async function sameAnswers(routers: Array<{ name: string; url: string }>, query: DomainQuery) {
  const answers = new Map<string, string>();
  for (const { name, url } of routers) {
    const { status, text } = await post(url, query.body);
    const parsed = JSON.parse(text) as { data?: unknown; errors?: unknown };
    if (status !== 200 || parsed.errors) throw new Error(`${name} fails ${query.title}: ${text.slice(0, 300)}`);
    answers.set(name, text);
  }
  const data = new Set(
    [...answers.values()].map((text) => JSON.stringify((JSON.parse(text) as { data: unknown }).data)),
  );
  if (data.size !== 1) throw new Error(`the routers answer ${query.title} differently`);
  return answers;
}

const columns: [string, number][] = [
  ['router', 26],
  ['req/s', 9],
  ['× off', 9],
  ['p50 ms', 9],
  ['p95 ms', 9],
];
const line = (cells: string[]) =>
  cells.map((cell, index) => (index === 0 ? cell.padEnd(26) : cell.padStart(columns[index]?.[1] ?? 0))).join('');

async function main() {
  const env = await systemEnv(settings.DOMAIN_BENCH_DATA_DIR);
  const routers: Array<{ name: string; url: string; stop(): Promise<void> }> = [];
  try {
    for (const [name, flags] of Object.entries(variants))
      routers.push({ name, ...(await startRouterProcess({ ...env, ...flags })) });
    const queries = await domainQueries(await firstResourceId(routers[0]?.url ?? ''));
    const { BENCH_SECONDS: seconds, BENCH_ROUNDS: rounds, BENCH_WARMUP_SECONDS: warmUp } = settings;
    console.log(
      `Domain benchmark: our router over the running system's subgraphs, ${settings.BENCH_CONCURRENCY} requests in ` +
        `flight, ${warmUp} s warm-up, then ${rounds} rounds of ${seconds} s each per router and query`,
    );
    for (const query of queries) {
      const answers = await sameAnswers(routers, query);
      const runs = routers.map(({ name, url }) => ({
        name,
        load: {
          url,
          body: () => query.body,
          concurrency: settings.BENCH_CONCURRENCY,
          expected: answers.get(name) ?? '',
        },
        latencies: [] as number[],
        seconds: 0,
      }));
      for (const { load } of runs) await closedLoop({ ...load, seconds: warmUp });
      for (let round = 0; round < rounds; round += 1) {
        for (const run of runs) {
          const result = await closedLoop({ ...run.load, seconds });
          run.latencies.push(...result.latencies);
          run.seconds += result.seconds;
        }
      }
      const rows = runs.map(({ name, latencies, seconds: spent }) => ({
        name,
        rate: latencies.length / spent,
        sorted: [...latencies].sort((a, b) => a - b),
      }));
      const base = rows[0]?.rate ?? 1;
      console.log(`\n${query.title}\n${line(columns.map(([title]) => title))}`);
      for (const { name, rate, sorted } of rows)
        console.log(
          line([
            name,
            rate.toFixed(0),
            `${(rate / base).toFixed(2)}×`,
            percentile(sorted, 50).toFixed(1),
            percentile(sorted, 95).toFixed(1),
          ]),
        );
    }
  } finally {
    await Promise.all(routers.map((router) => router.stop()));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
