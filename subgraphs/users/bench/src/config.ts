import { loadConfig, positiveInt } from '@learngraph/service-kit';

/**
 * The benchmark's settings, read from the environment once; the argon2id cost is the users subgraph's own
 * (`ARGON2_MEMORY_KIB`, `ARGON2_TIME_COST`, `ARGON2_PARALLELISM`, OWASP's minimum by default).
 *
 * @example
 * ARGON2_MEMORY_KIB=65536 BENCH_SIGN_INS=100 pnpm bench:users
 */
export function readBenchConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      ARGON2_MEMORY_KIB: positiveInt(19_456),
      ARGON2_TIME_COST: positiveInt(2),
      ARGON2_PARALLELISM: positiveInt(1),
      /** Sign-ins per measured pass, after a warm-up of 5. */
      BENCH_SIGN_INS: positiveInt(60),
      /** Sign-ins in flight at once in the concurrent pass. */
      BENCH_CONCURRENCY: positiveInt(4),
      /** Access tokens verified by the router's verifier (remote JWKS, cached). */
      BENCH_VERIFICATIONS: positiveInt(20_000),
    },
    env,
  );
}
