import { type Logger, type Redis, withTimeout } from '@learngraph/service-kit';

/** Requests per minute for each rate tier, e.g. `{ BASIC: 60, STANDARD: 600, PREMIUM: 6000 }`. */
export type TierLimits = Record<string, number>;

/** Where an app stands in its current window: its tier's limit, what is left of it, and seconds until it resets. */
export interface RateWindow {
  limit: number;
  remaining: number;
  resetSeconds: number;
}

/**
 * An admitted request, or a refusal with the seconds until the app's next window; `window` is missing when the app
 * is not counted (a tier without a limit, or Redis away).
 */
export type RateAnswer =
  | { admitted: true; window?: RateWindow }
  | { admitted: false; retryAfterSeconds: number; window: RateWindow };

/**
 * Counts each partner app's requests per minute in Redis (one fixed window per app and minute) against its
 * tier's limit. Like every use of Redis here, it fails open: with Redis away or slow, partners are served
 * unlimited rather than not at all, and one warning is logged per outage.
 *
 * @example
 * const limit = createPartnerRateLimit({ redis, limits: { BASIC: 60, STANDARD: 600, PREMIUM: 6000 }, logger });
 * const answer = await limit.admit(app.appId, app.rateTier);
 */
export function createPartnerRateLimit(options: {
  redis: Redis | undefined;
  limits: TierLimits;
  logger: Logger;
  timeoutMs?: number;
}) {
  const { redis, limits, logger, timeoutMs = 200 } = options;
  let down = false;
  return {
    async admit(appId: string, tier: string, now = Date.now()): Promise<RateAnswer> {
      const limit = limits[tier];
      if (!redis || limit === undefined) return { admitted: true };
      const minute = Math.floor(now / 60_000);
      const key = `learngraph:router:partner-rate:${appId}:${minute}`;
      try {
        const results = await withTimeout(redis.multi().incr(key).expire(key, 60).exec(), timeoutMs, 'Redis');
        down = false;
        const count = Number(results?.[0]?.[1] ?? 0);
        const resetSeconds = Math.max(1, Math.ceil(((minute + 1) * 60_000 - now) / 1000));
        const window = { limit, remaining: Math.max(0, limit - count), resetSeconds };
        if (count <= limit) return { admitted: true, window };
        return { admitted: false, retryAfterSeconds: resetSeconds, window };
      } catch (error) {
        if (!down) logger.warn({ err: error }, 'partner rate limit unavailable; partners are not limited');
        down = true;
        return { admitted: true };
      }
    },
  };
}

export type PartnerRateLimit = ReturnType<typeof createPartnerRateLimit>;

/**
 * Reads `BASIC=60,STANDARD=600,PREMIUM=6000` into tier limits; null when it is not of that form.
 *
 * @example
 * parseTierLimits('BASIC=60,STANDARD=600'); // { BASIC: 60, STANDARD: 600 }
 */
export function parseTierLimits(text: string): TierLimits | null {
  const entries = text.split(',').map((part) => /^\s*([A-Z]+)\s*=\s*([1-9]\d*)\s*$/.exec(part));
  if (entries.some((entry) => !entry)) return null;
  return Object.fromEntries(entries.map((entry) => [entry?.[1], Number(entry?.[2])]));
}
