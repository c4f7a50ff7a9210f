import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { startFixtureRouter, startSilentRouter } from './support/fixture-router';
import { freePort } from './support/free-port';
import { Teardown } from './support/teardown';
import { startWebServer } from './support/web-server';

/** Friendly pages show neither a stack trace nor the router's own error text. */
function expectNoInternals(html: string): void {
  expect(html).not.toMatch(/ECONNREFUSED|TypeError|fetch failed|at async|Subgraph "catalog"|\.tsx?:\d+/);
}

/** The text of the page's own alert (Next's route announcer is an empty alert of its own, outside main). */
function alertText(page: Page): Promise<string | null> {
  return page.locator('main').getByRole('alert').textContent();
}

describe('when the router is down or failing', () => {
  const teardown = new Teardown();
  let browser: Browser;
  let unreachable: string;
  let silent: string;
  let failing: string;

  beforeAll(async () => {
    unreachable = teardown.add(
      await startWebServer({ ROUTER_URL: `http://127.0.0.1:${await freePort()}/graphql` }),
    ).url;
    const stuckRouter = teardown.add(await startSilentRouter());
    silent = teardown.add(await startWebServer({ ROUTER_URL: stuckRouter.url, ROUTER_TIMEOUT_MS: '500' })).url;
    const failingRouter = teardown.add(await startFixtureRouter('errors'));
    failing = teardown.add(await startWebServer({ ROUTER_URL: failingRouter.url })).url;
    browser = teardown.add(await launchBrowser());
  });
  afterAll(() => teardown.run());

  it('the home page explains that the catalog cannot be reached', async () => {
    const page = await openPage(browser);
    const response = await page.goto(`${unreachable}/`);
    expectNoInternals((await response?.text()) ?? '');
    expect(await alertText(page)).toContain('We can’t reach the catalog right now');
    expect(await page.locator('header').textContent()).toContain('Learngraph');
  });

  it('a resource page explains the outage instead of claiming the resource does not exist', async () => {
    const page = await openPage(browser);
    const response = await page.goto(`${unreachable}/resources/res-1`);
    expect(response?.status()).toBe(200);
    expectNoInternals((await response?.text()) ?? '');
    expect(await alertText(page)).toContain('We can’t reach the catalog right now');
  });

  it('a router that does not answer in time counts as unreachable', async () => {
    const page = await openPage(browser);
    const started = Date.now();
    await page.goto(`${silent}/`);
    expect(await alertText(page)).toContain('We can’t reach the catalog right now');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('GraphQL errors from the router become a friendly message', async () => {
    const page = await openPage(browser);
    for (const path of ['/', '/resources/res-1']) {
      const response = await page.goto(`${failing}${path}`);
      expectNoInternals((await response?.text()) ?? '');
      expect(await alertText(page)).toContain('The catalog could not answer this request');
    }
  });
});
