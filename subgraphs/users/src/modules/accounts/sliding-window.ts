import type { Redis } from '@learngraph/service-kit';

/** At most `limit` entries within the last `windowMs` milliseconds. */
export interface WindowLimit {
  limit: number;
  windowMs: number;
}

/** One key to take a slot in, under its limit. */
export interface WindowSlot extends WindowLimit {
  key: string;
}

/** Whether a slot was free, and if not, in how many milliseconds one will be. */
export interface SlotAnswer {
  admitted: boolean;
  retryAfterMs: number;
}

/** Each queued command's reply, or its error thrown. */
function replies(results: [Error | null, unknown][] | null): unknown[] {
  if (!results) throw new Error('the Redis transaction was discarded');
  return results.map(([error, value]) => {
    if (error) throw error;
    return value;
  });
}

const commandsPerSlot = 5;

/**
 * Takes a slot in every window at once, in one transaction: each window is a sorted set of entries
 * scored by time, trimmed to the window, and `member` is added before counting, so that concurrent
 * callers can never all see the last free slot. A window over its limit answers when the entry that
 * holds the slot it needs leaves the window. Whoever is refused should `releaseSlots`, so that refused
 * attempts do not keep a window full.
 *
 * @example
 * const [account] = await takeSlots(redis, [{ key: 'sign-in:account:…', limit: 10, windowMs: 900_000 }], id, Date.now());
 */
export async function takeSlots(
  redis: Redis,
  slots: readonly WindowSlot[],
  member: string,
  now: number,
): Promise<SlotAnswer[]> {
  const transaction = redis.multi();
  for (const { key, limit, windowMs } of slots) {
    // The entry at -(limit + 1) is the newest one that must leave the window before `limit` others fit.
    transaction
      .zremrangebyscore(key, '-inf', now - windowMs)
      .zadd(key, now, member)
      .zcard(key)
      .zrange(key, -(limit + 1), -(limit + 1), 'WITHSCORES')
      .pexpire(key, windowMs);
  }
  const values = replies(await transaction.exec());
  return slots.map(({ limit, windowMs }, index) => {
    const count = Number(values[index * commandsPerSlot + 2]);
    if (count <= limit) return { admitted: true, retryAfterMs: 0 };
    const [, score] = values[index * commandsPerSlot + 3] as string[];
    return { admitted: false, retryAfterMs: Math.max(0, Number(score) + windowMs - now) };
  });
}

/**
 * Gives back the slots `member` took. The entry is moved to score 0, out of every window, rather than
 * removed: the next `takeSlots` trims it, and the throttle needs no command beyond the ones it already uses.
 *
 * @example
 * await releaseSlots(redis, ['sign-in:account:…', 'sign-in:address:…'], id);
 */
export async function releaseSlots(redis: Redis, keys: readonly string[], member: string): Promise<void> {
  const transaction = redis.multi();
  for (const key of keys) transaction.zadd(key, 'XX', 0, member);
  replies(await transaction.exec());
}
