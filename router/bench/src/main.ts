import { configOrExit } from '@learngraph/service-kit';
import { generateRouterKey } from '@learngraph/service-kit/testing';
import { fixtureSources, startFixtureSubgraphs } from '../../test/support/fixture-subgraphs.js';
import { startTestRouter } from '../../test/support/start-router.js';
import { readBenchConfig } from './config.js';
import { type Timing, timeSequential, timeUnderLoad } from './measure.js';
import { fiveThousandAliases, fragmentBomb, plain, type Scenario, typename } from './scenarios.js';

const { BENCH_REQUESTS: requests, BENCH_CONCURRENCY: clients } = configOrExit(() => readBenchConfig());

/** Every limit out of the way, to show what the limits spare the router. */
const noLimits = Object.fromEntries(
  [
    'MAX_QUERY_DEPTH',
    'MAX_ALIASES',
    'MAX_ROOT_FIELDS',
    'MAX_DIRECTIVES',
    'MAX_TOKENS',
    'MAX_SELECTIONS',
    'MAX_COST',
  ].map((name) => [name, String(2 ** 52)]),
);

const ms = (value: number) => value.toFixed(1).padStart(9);
const row = (name: string, timing: Timing, base?: Timing) =>
  `${name.padEnd(44)}${ms(timing.p50)}${ms(timing.p95)}${base ? `${(timing.p50 / base.p50).toFixed(1).padStart(8)}×` : ''}`;
const header = `${'scenario'.padEnd(44)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p50/plain'.padStart(10)}`;

async function main() {
  const routerKey = generateRouterKey();
  const subgraphs = await startFixtureSubgraphs(routerKey);
  const sources = fixtureSources(subgraphs);
  const router = await startTestRouter({ subgraphs: sources, routerKey });
  const unlimited = await startTestRouter({ subgraphs: sources, routerKey, env: noLimits });
  try {
    console.log(`Router limits benchmark: ${requests} requests per scenario, ${clients} concurrent attackers`);
    console.log(`\nWith the default limits\n${header}`);
    const base = await timeSequential(router.url, plain, requests);
    console.log(row(plain.name, base, base));
    for (let levels = 10; levels <= 25; levels += 1) {
      console.log(
        row(fragmentBomb(levels).name, await timeSequential(router.url, fragmentBomb(levels), requests), base),
      );
    }
    console.log(row(fiveThousandAliases.name, await timeSequential(router.url, fiveThousandAliases, requests), base));

    console.log(`\n${typename.name} from one client while ${clients} others send …\n${header}`);
    const alone = await timeSequential(router.url, typename, requests);
    console.log(row('nothing', alone, base));
    const attacks: Scenario[] = [plain, fragmentBomb(21), fragmentBomb(25), fiveThousandAliases];
    for (const attack of attacks) {
      console.log(row(attack.name, await timeUnderLoad(router.url, typename, attack, clients, requests), base));
    }

    console.log(`\nFor comparison, the same with every limit raised\n${header}`);
    const unlimitedBase = await timeSequential(unlimited.url, plain, requests);
    console.log(row(plain.name, unlimitedBase, unlimitedBase));
    for (const levels of [10, 14, 18, 21]) {
      const bomb = { ...fragmentBomb(levels), refusedWith: null };
      console.log(row(bomb.name, await timeSequential(unlimited.url, bomb, 5, 1), unlimitedBase));
    }
    const aliases = { ...fiveThousandAliases, refusedWith: null };
    console.log(row(aliases.name, await timeSequential(unlimited.url, aliases, 3, 1), unlimitedBase));
  } finally {
    await router.close();
    await unlimited.close();
    await subgraphs.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
