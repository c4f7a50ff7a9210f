import { loadConfig, positiveInt, postgresUrl } from '@learngraph/service-kit';

/**
 * The search benchmark's settings, read from the environment once.
 *
 * @example
 * BENCH_RESOURCES=20000 BENCH_REQUESTS=100 pnpm bench:search
 */
export function readBenchConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      /** A database of its own: filled with generated documents once, reindexed on every run. */
      BENCH_DATABASE_URL: postgresUrl('postgresql://postgres@127.0.0.1:5432/learngraph_search_bench'),
      BENCH_RESOURCES: positiveInt(100_000),
      BENCH_SEED: positiveInt(42),
      /** Requests per scenario, sent one after another after 20 warm-up requests. */
      BENCH_REQUESTS: positiveInt(200),
    },
    env,
  );
}
