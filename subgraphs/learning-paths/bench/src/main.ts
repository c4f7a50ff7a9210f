import { configOrExit } from '@learngraph/service-kit';
import {
  type BenchRequest,
  formatRow,
  type Pass,
  runConcurrent,
  runSequential,
  summarize,
  tableHeader,
} from '@learngraph/service-kit/testing';
import { startBenchPaths } from './bench-paths.js';
import { readBenchConfig } from './config.js';
import { benchUserId, prepareDatabase } from './prepare-database.js';
import { scenarios } from './scenarios.js';

const config = configOrExit(() => readBenchConfig());
const { BENCH_REQUESTS: requests, BENCH_CONCURRENCY: concurrency } = config;

async function main() {
  const databaseName = new URL(config.BENCH_DATABASE_URL).pathname.slice(1);
  console.log(`Learning-paths benchmark: ${databaseName}, ${requests} requests per pass, concurrency ${concurrency}`);
  const prepared = await prepareDatabase(config.BENCH_DATABASE_URL, {
    paths: config.BENCH_PATHS,
    favorites: config.BENCH_FAVORITES,
  });
  console.log(
    `database: ${prepared.paths} paths, ${prepared.items} items, ${prepared.favorites} favourites of the measured user (${prepared.generated ? 'generated' : 'reused'}), ready in ${prepared.seconds.toFixed(1)} s`,
  );
  const paths = await startBenchPaths(config.BENCH_DATABASE_URL, benchUserId);
  try {
    const shapes = await scenarios(paths.endpoint, paths.token);
    const passes: Array<[string, Pass]> = [];
    for (const [name, requestAt] of Object.entries(shapes) as Array<[string, (index: number) => BenchRequest]>) {
      // Warm-up: JIT, connection pool, PostgreSQL's buffer cache and plans.
      await runSequential(paths.endpoint, 50, requestAt, paths.statements);
      passes.push([`${name}, sequential`, await runSequential(paths.endpoint, requests, requestAt, paths.statements)]);
      passes.push([
        `${name}, ${concurrency} at once`,
        await runConcurrent(paths.endpoint, requests, concurrency, requestAt),
      ]);
    }
    console.log(`\nlatency in ms\n${tableHeader}`);
    for (const [name, pass] of passes) console.log(formatRow(name, summarize(pass.samples, pass.wallMs)));
  } finally {
    await paths.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
