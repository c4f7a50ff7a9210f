import { loadConfig, positiveInt, postgresUrl } from '@learngraph/service-kit';

/**
 * The benchmark's settings, read from the environment once.
 *
 * @example
 * BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/learngraph_catalog_bench BENCH_REQUESTS=300 pnpm bench:catalog
 */
export function readBenchConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      /** A database of its own: the benchmark fills it with a generated catalog and keeps it for later runs. */
      BENCH_DATABASE_URL: postgresUrl('postgresql://postgres@127.0.0.1:5432/learngraph_catalog_bench'),
      /** Resources in the catalog; generated when the database holds fewer. */
      BENCH_RESOURCES: positiveInt(100_000),
      BENCH_SEED: positiveInt(42),
      /** Requests per measured pass, after as many warm-up requests as there are request shapes, twice. */
      BENCH_REQUESTS: positiveInt(300),
      BENCH_CONCURRENCY: positiveInt(8),
    },
    env,
  );
}

export type BenchConfig = ReturnType<typeof readBenchConfig>;
