import { createHash, randomUUID } from 'node:crypto';
import { type Logger, type Redis, withTimeout } from '@learngraph/service-kit';
import { releaseSlots, takeSlots, type WindowLimit } from './sliding-window.js';

export interface SignInThrottleOptions {
  redis: Redis;
  logger: Logger;
  /** Failed sign-ins one account may have within the window; a successful sign-in clears them. */
  account: WindowLimit;
  /** Sign-in attempts, right or wrong, one client address bucket may make within the window. */
  address: WindowLimit;
  /** How long to wait for Redis before letting an attempt through unthrottled. */
  timeoutMs: number;
  /** Starts every key, so that deployments or test runs can share one Redis. */
  keyPrefix?: string;
}

/** An admitted attempt, to report success on, or a refusal with the seconds after which to retry. */
export type SignInAttempt =
  | { admitted: true; succeeded(): Promise<void> }
  | { admitted: false; retryAfterSeconds: number };

const unthrottled: SignInAttempt = { admitted: true, succeeded: async () => {} };

/**
 * Throttles sign-in in sliding windows kept in Redis: failures per account (the normalised email, hashed
 * so that no address is stored) and attempts per client address. Every attempt first takes a slot in both
 * windows, before the database or the password hash is touched, whether or not the account exists; an
 * attempt counts as a failure until it succeeds, so concurrent guesses cannot slip past the limit together.
 *
 * With Redis unreachable or slow the throttle fails open: it lets attempts through, warns once per outage
 * and tries Redis again as soon as the client reconnects. Failing closed would turn any Redis outage into a
 * sign-in outage for everyone, and anyone able to upset Redis could lock all users out; meanwhile every
 * guess still costs an argon2id verification. The throttle is an extra defence, not the only one.
 *
 * @example
 * const throttle = createSignInThrottle({ redis, logger, account: { limit: 10, windowMs: 900_000 }, address: { limit: 50, windowMs: 900_000 }, timeoutMs: 500 });
 * const attempt = await throttle.admit('ada@example.org', '203.0.113.7');
 * if (!attempt.admitted) throw rateLimited('Too many sign-in attempts.', attempt.retryAfterSeconds);
 */
export function createSignInThrottle(options: SignInThrottleOptions) {
  const { redis, logger, account, address, timeoutMs, keyPrefix = 'learngraph:users:sign-in' } = options;
  let outage = false;

  async function guarded<T>(work: () => Promise<T>, fallback: T): Promise<T> {
    if (outage && redis.status !== 'ready') return fallback;
    try {
      const result = await withTimeout(work(), timeoutMs, 'Redis');
      if (outage) logger.info('sign-in throttle: Redis answers again; throttling resumed');
      outage = false;
      return result;
    } catch (error) {
      if (!outage) logger.warn({ err: error }, 'sign-in throttle: Redis unavailable; sign-in is not throttled');
      outage = true;
      return fallback;
    }
  }

  return {
    /** Takes this attempt's slots for `email` (normalised) from `clientAddress` (a bucket), or refuses it. */
    admit(email: string, clientAddress: string): Promise<SignInAttempt> {
      const accountKey = `${keyPrefix}:account:${createHash('sha256').update(email).digest('base64url')}`;
      const addressKey = `${keyPrefix}:address:${clientAddress}`;
      const member = randomUUID();
      return guarded(async (): Promise<SignInAttempt> => {
        const answers = await takeSlots(
          redis,
          [
            { key: accountKey, ...account },
            { key: addressKey, ...address },
          ],
          member,
          Date.now(),
        );
        if (answers.every((answer) => answer.admitted)) {
          return {
            admitted: true,
            succeeded: () => guarded(async () => void (await redis.del(accountKey)), undefined),
          };
        }
        await releaseSlots(redis, [accountKey, addressKey], member);
        const waitMs = Math.max(...answers.map((answer) => answer.retryAfterMs));
        return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
      }, unthrottled);
    },
  };
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>;
