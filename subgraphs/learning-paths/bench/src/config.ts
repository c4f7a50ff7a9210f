import { loadConfig, positiveInt, postgresUrl } from '@learngraph/service-kit';

/**
 * The benchmark's settings, read from the environment once.
 *
 * @example
 * BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/learngraph_learning_paths_bench BENCH_REQUESTS=300 pnpm bench:learning-paths
 */
export function readBenchConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      /** A database of its own: the benchmark fills it with generated paths and keeps it for later runs. */
      BENCH_DATABASE_URL: postgresUrl('postgresql://postgres@127.0.0.1:5432/learngraph_learning_paths_bench'),
      /** Paths in the database (1,000 authors); generated when it holds fewer. */
      BENCH_PATHS: positiveInt(10_000),
      /** Favourites of the user whose favourites are listed. */
      BENCH_FAVORITES: positiveInt(5_000),
      /** Requests per measured pass, after a warm-up of 50. */
      BENCH_REQUESTS: positiveInt(300),
      BENCH_CONCURRENCY: positiveInt(8),
    },
    env,
  );
}

export type BenchConfig = ReturnType<typeof readBenchConfig>;
