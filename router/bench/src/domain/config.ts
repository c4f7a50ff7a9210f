import { fileURLToPath } from 'node:url';
import { loadConfig, positiveInt } from '@learngraph/service-kit';
import { z } from 'zod';

const repositoryData = fileURLToPath(new URL('../../../../../../.data', import.meta.url));

/**
 * The domain benchmark's settings, read from the environment once.
 *
 * @example
 * DOMAIN_BENCH_DATA_DIR=.data BENCH_SECONDS=10 pnpm bench:router-domain
 */
export function readDomainBenchConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      /** The data directory of the running system (`pnpm start`) whose subgraphs and Redis are used. */
      DOMAIN_BENCH_DATA_DIR: z.string().min(1).default(repositoryData),
      /** How long each router is measured on each query in each round. */
      BENCH_SECONDS: positiveInt(5),
      /** Rounds in which every router takes its turn, so that the drifting load of a shared machine falls on all. */
      BENCH_ROUNDS: positiveInt(3),
      /** How long each router is sent each query, unmeasured, first (and its caches filled). */
      BENCH_WARMUP_SECONDS: positiveInt(2),
      /** Requests in flight at every moment (closed loop). */
      BENCH_CONCURRENCY: positiveInt(8),
    },
    env,
  );
}
