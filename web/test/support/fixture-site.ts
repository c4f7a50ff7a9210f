import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { startFixtureRouter } from './fixture-router';
import { Teardown } from './teardown';
import { startWebServer } from './web-server';

/**
 * For a `describe` block: before its tests, the web app against the fixture router answering with data, and a
 * browser; after them, all of it stopped. Read `site.web` and `site.browser` inside the tests.
 * @example const site = useFixtureSite(); it('…', async () => { await openPage(site.browser); });
 */
export function useFixtureSite(): { readonly web: string; readonly browser: Browser } {
  const teardown = new Teardown();
  const site = { web: '', browser: undefined as unknown as Browser };
  beforeAll(async () => {
    const router = teardown.add(await startFixtureRouter('data'));
    site.web = teardown.add(await startWebServer({ ROUTER_URL: router.url })).url;
    site.browser = teardown.add(await launchBrowser());
  });
  afterAll(() => teardown.run());
  return site;
}
