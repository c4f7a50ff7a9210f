import { inspect } from 'node:util';
import { waitFor } from '@learngraph/service-kit/testing';

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
  let last: T | undefined;
  let failure: unknown;
  await waitFor(
    async () => {
      try {
        last = await probe();
        failure = undefined;
        return done(last);
      } catch (error) {
        failure = error;
        return false;
      }
    },
    { timeoutMs, intervalMs, seen: () => `${what}; last saw ${inspect(failure ?? last, { depth: 6 })}` },
  );
  return last as T;
}
