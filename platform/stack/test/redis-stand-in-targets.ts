import { Redis } from 'ioredis';
import { type RedisStandIn, startRedisStandIn } from '../src/redis-stand-in/index.js';

// What the stand-in's suites run against: the stand-in itself, and the Redis server they compare it with.

/** The Redis server the parity suites compare the stand-in with, as `pnpm test` gives it. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';

/** The field only the stand-in's `INFO server` carries. */
const STAND_IN_MARK = /^learngraph_redis_stand_in:/m;

export type Target = 'redis' | 'stand-in';

/**
 * Why the half of a parity suite that runs against `TEST_REDIS_URL` must be skipped: when no
 * redis-server is installed, the test launcher serves that URL with the stand-in, and the suite would
 * compare the stand-in with itself. `undefined` when the server there is a real Redis.
 */
export async function realRedisSkipReason(): Promise<string | undefined> {
  const client = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await client.connect();
    if (!STAND_IN_MARK.test(await client.info('server'))) return undefined;
    const reason = 'it is the stand-in itself, so there is no real Redis to compare with';
    // Said once per file as well as in the suite title, which only the verbose reporter prints.
    console.warn(`skipping the tests against ${TEST_REDIS_URL}: ${reason}`);
    return reason;
  } finally {
    client.disconnect();
  }
}

/** The suite title for a target: where it runs, and for a skipped half why, so that the skip is visible. */
export const targetTitle = (target: Target, skipReason?: string) =>
  target === 'stand-in' ? 'stand-in' : `redis at ${TEST_REDIS_URL}${skipReason ? ` (skipped: ${skipReason})` : ''}`;

/** The server one half of a suite talks to: `start` it in `beforeAll`, `stop` it in `afterAll`. */
export function targetServer(target: Target) {
  let standIn: RedisStandIn | undefined;
  return {
    async start() {
      if (target === 'stand-in') standIn = await startRedisStandIn();
    },
    get url() {
      return standIn?.url ?? TEST_REDIS_URL;
    },
    async stop() {
      await standIn?.close();
    },
  };
}
