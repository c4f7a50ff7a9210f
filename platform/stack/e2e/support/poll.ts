import { setTimeout as delay } from 'node:timers/promises';
import { inspect } from 'node:util';

/**
 * Probes until `done` holds for what the probe returned, and returns that; fails after `timeoutMs` saying
 * what was awaited and what the last probe saw (or how it failed), so that a failing scenario tells its story.
 *
 * @example
 * const state = await waitUntil('catalog is back', () => system.state(), (s) => s.services.catalog?.state === 'ready');
 */
export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 60_000, intervalMs = 100 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let seen: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (done(value)) return value;
      seen = value;
    } catch (error) {
      seen = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`${what}: still not so after ${timeoutMs} ms; last saw ${inspect(seen, { depth: 6 })}`);
    }
    await delay(intervalMs);
  }
}
