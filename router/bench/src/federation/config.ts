import { loadConfig, positiveInt } from '@learngraph/service-kit';

/**
 * The federation benchmark's settings, read from the environment once.
 *
 * @example
 * BENCH_SECONDS=20 BENCH_CONCURRENCY=16 pnpm bench:router
 */
export function readFederationBenchConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      /** How long each gateway is measured in each round. */
      BENCH_SECONDS: positiveInt(5),
      /**
       * Rounds in which every gateway takes its turn: on a shared machine the load of others drifts, and taking
       * turns spreads that drift over all gateways alike.
       */
      BENCH_ROUNDS: positiveInt(3),
      /** How long each gateway is sent the query, unmeasured, first: JIT, caches of parsed documents, connections. */
      BENCH_WARMUP_SECONDS: positiveInt(3),
      /** Requests in flight at every moment (closed loop). */
      BENCH_CONCURRENCY: positiveInt(8),
    },
    env,
  );
}
