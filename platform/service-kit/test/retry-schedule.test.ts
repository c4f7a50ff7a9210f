import { describe, expect, it } from 'vitest';
import { ConfigError, eventRetry, loadConfig, retryDelay, retryScheduleOf } from '../src/index.js';

describe('retry schedule', () => {
  it('doubles the wait with every delivery up to the longest wait', () => {
    const schedule = { firstMs: 1000, maxMs: 30_000, maxDeliveries: 5 };
    expect([1, 2, 3, 4, 5, 6, 7].map((deliveries) => retryDelay(deliveries, schedule))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000,
    ]);
  });

  it('reads the schedule from the environment, with defaults', () => {
    expect(retryScheduleOf(loadConfig(eventRetry, {}))).toEqual({ firstMs: 1000, maxMs: 30_000, maxDeliveries: 5 });
    expect(
      retryScheduleOf(
        loadConfig(eventRetry, { EVENT_RETRY_FIRST_MS: '250', EVENT_RETRY_MAX_MS: '5000', EVENT_MAX_DELIVERIES: '8' }),
      ),
    ).toEqual({ firstMs: 250, maxMs: 5000, maxDeliveries: 8 });
  });

  it('names a variable that is not a positive integer', () => {
    expect(() => loadConfig(eventRetry, { EVENT_MAX_DELIVERIES: '0' })).toThrow(ConfigError);
    expect(() => loadConfig(eventRetry, { EVENT_MAX_DELIVERIES: '0' })).toThrow(/EVENT_MAX_DELIVERIES/);
  });
});
