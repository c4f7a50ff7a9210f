import { loadConfig, positiveInt } from '@learngraph/service-kit';

/**
 * The benchmark's settings, read from the environment once.
 *
 * @example
 * BENCH_REQUESTS=50 BENCH_CONCURRENCY=4 pnpm bench:router-limits
 */
export function readBenchConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      /** Timed requests per scenario, after a few to warm up. */
      BENCH_REQUESTS: positiveInt(40),
      /** Clients sending fragment bombs at once while `{ __typename }` is timed. */
      BENCH_CONCURRENCY: positiveInt(4),
    },
    env,
  );
}
