import { homedir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, postgresUrl, redisUrl } from '@learngraph/service-kit';
import { z } from 'zod';
import { usualChromiumPaths } from './find-chromium.js';

const optionalText = z.preprocess((value) => (value === '' ? undefined : value), z.string().optional());

/**
 * How `pnpm test` provides what the tests need. Everything has a default, so a fresh machine needs no
 * settings: each variable replaces one thing the launcher would otherwise find or start itself.
 *
 * @example
 * TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/postgres TEST_REDIS_URL=redis://127.0.0.1:6379 \
 *   CHROMIUM_PATH=/usr/bin/chromium pnpm test
 */
export function readTestLauncherConfig(env: Record<string, string | undefined> = process.env) {
  const config = loadConfig(
    {
      /** A PostgreSQL server for the tests' databases; unset: an embedded server in a temporary directory. */
      TEST_POSTGRES_URL: postgresUrl().optional(),
      /** A Redis server for the tests; unset: a local redis-server when installed, else the stand-in. */
      TEST_REDIS_URL: redisUrl().optional(),
      /** The browser the browser tests launch; unset: the first Chrome or Chromium found. */
      CHROMIUM_PATH: optionalText,
      /**
       * Colon-separated paths tried instead of the usual install locations. Only the launcher's own tests
       * set it, to run it on a machine that looks as if it had no browser installed.
       */
      LEARNGRAPH_CHROMIUM_CANDIDATES: optionalText,
      /** Where Playwright keeps the browsers it installs, as Playwright itself reads it. */
      PLAYWRIGHT_BROWSERS_PATH: optionalText,
      XDG_CACHE_HOME: optionalText,
      HOME: optionalText,
    },
    env,
  );
  return {
    ...config,
    chromiumCandidates: config.LEARNGRAPH_CHROMIUM_CANDIDATES?.split(':').filter(Boolean) ?? usualChromiumPaths,
    playwrightCache:
      config.PLAYWRIGHT_BROWSERS_PATH ??
      join(config.XDG_CACHE_HOME ?? join(config.HOME ?? homedir(), '.cache'), 'ms-playwright'),
  };
}

export type TestLauncherConfig = ReturnType<typeof readTestLauncherConfig>;
