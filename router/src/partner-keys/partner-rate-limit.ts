import { type Logger, type Redis, withTimeout } from '@learngraph/service-kit';

/** Requests per minute for each rate tier, e.g. `{ BASIC: 60, STANDARD: 600, PREMIUM: 6000 }`. */
export type TierLimits = Record<string, number>;

/** An admitted request, or a refusal with the seconds until the app's next window. */
export type RateAnswer = { admitted: true } | { admitted: false; retryAfterSeconds: number };

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
        if (count <= limit) return { admitted: true };
        return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil(((minute + 1) * 60_000 - now) / 1000)) };
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
