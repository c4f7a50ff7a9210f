/**
 * `promise`, or a rejection once `ms` milliseconds have passed without it settling: for dependencies that
 * may hang (a readiness probe, a cache) where waiting longer would be worse than doing without.
 *
 * @example
 * await withTimeout(redis.ping(), 500, 'Redis');  // rejects with "Redis did not answer within 500 ms"
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
