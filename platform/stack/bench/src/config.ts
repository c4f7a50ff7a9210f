import { loadConfig, positiveInt } from '@learngraph/service-kit';
import { z } from 'zod';

/**
 * How the soak runs. By default it starts a system of its own (fresh data directory, free ports, the demo
 * catalog); `SOAK_DATA_DIR` points it at a running `pnpm start` instead (its `stack.json` names the URL and the
 * services' processes).
 *
 * @example
 * SOAK_SECONDS=120 SOAK_LOAD_PERCENT=80 pnpm bench:soak
 */
export function readSoakConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      /** A running stack's data directory; unset: start one. */
      SOAK_DATA_DIR: z.string().min(1).optional(),
      /** How long the steady load is held. */
      SOAK_SECONDS: positiveInt(60),
      /** The steady load, as a percentage of the measured maximum throughput. */
      SOAK_LOAD_PERCENT: positiveInt(80),
      /** How long each concurrency level runs while the maximum is measured. */
      SOAK_PROBE_SECONDS: positiveInt(8),
    },
    env,
  );
}

export type SoakConfig = ReturnType<typeof readSoakConfig>;
