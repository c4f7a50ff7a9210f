import { positiveInt } from '../config.js';

/** How a stream consumer spaces out the attempts at an event that fails, and when it gives up. */
export interface RetrySchedule {
  /** The wait after the first failed delivery; each further failure doubles it. */
  firstMs: number;
  /** The longest wait between two deliveries, however many failed. */
  maxMs: number;
  /** Deliveries before the entry goes to the dead-letter stream. */
  maxDeliveries: number;
}

export const defaultRetrySchedule: RetrySchedule = { firstMs: 1000, maxMs: 30_000, maxDeliveries: 5 };

/**
 * How long an entry delivered `deliveries` times must have been pending before it is delivered again:
 * `firstMs`, doubling with every delivery, at most `maxMs`.
 *
 * @example
 * retryDelay(3, { firstMs: 1000, maxMs: 30_000, maxDeliveries: 5 }); // 4000
 */
export function retryDelay(deliveries: number, schedule: RetrySchedule): number {
  return Math.min(schedule.firstMs * 2 ** Math.max(deliveries - 1, 0), schedule.maxMs);
}

/**
 * The variables through which an operator tunes a consuming service's retries: `EVENT_RETRY_FIRST_MS`
 * (default 1,000), `EVENT_RETRY_MAX_MS` (default 30,000) and `EVENT_MAX_DELIVERIES` (default 5).
 *
 * @example
 * const config = loadConfig({ ...eventRetry });
 * startStreamConsumer({ ..., retry: retryScheduleOf(config) });
 */
export const eventRetry = {
  EVENT_RETRY_FIRST_MS: positiveInt(defaultRetrySchedule.firstMs),
  EVENT_RETRY_MAX_MS: positiveInt(defaultRetrySchedule.maxMs),
  EVENT_MAX_DELIVERIES: positiveInt(defaultRetrySchedule.maxDeliveries),
};

/** The schedule a configuration read with {@link eventRetry} describes. */
export const retryScheduleOf = (config: {
  EVENT_RETRY_FIRST_MS: number;
  EVENT_RETRY_MAX_MS: number;
  EVENT_MAX_DELIVERIES: number;
}): RetrySchedule => ({
  firstMs: config.EVENT_RETRY_FIRST_MS,
  maxMs: config.EVENT_RETRY_MAX_MS,
  maxDeliveries: config.EVENT_MAX_DELIVERIES,
});
