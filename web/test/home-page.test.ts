import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { startFixtureRouter } from './support/fixture-router';
import { Teardown } from './support/teardown';
import { startWebServer } from './support/web-server';

describe('the home page', () => {
  const teardown = new Teardown();
  let web: string;
  let browser: Browser;

  beforeAll(async () => {
    const router = teardown.add(await startFixtureRouter('data'));
    web = teardown.add(await startWebServer({ ROUTER_URL: router.url })).url;
    browser = teardown.add(await launchBrowser());
  });
  afterAll(() => teardown.run());

  it('lists the first 24 resources in the server-rendered HTML, with the total count', async () => {
    const page = await openPage(browser);
    const response = await page.goto(`${web}/`);
    expect(response?.status()).toBe(200);
    const html = (await response?.text()) ?? '';
    expect(html).toContain('Fixture resource 1<');
    expect(html).toContain('Fixture resource 24<');
    expect(html).not.toContain('Fixture resource 25<');
    expect(html).toContain('30 learning resources');
    expect(html).toContain('href="/resources/res-1"');
    // served behind the edge worker at another origin: no link or asset may name this server's own origin
    expect(html).not.toContain(web);
    expect(await page.locator('header').textContent()).toContain('Learngraph');
    expect(await page.locator('main li').count()).toBe(24);
  });

  it('shows each resource with its type as a readable label and a shortened description', async () => {
    const page = await openPage(browser);
    await page.goto(`${web}/`);
    const card = page.locator('main li').filter({ hasText: 'Fixture resource 3' }).first();
    await expect.poll(() => card.textContent()).toContain('Podcast episode');
    const description = (await card.locator('p').textContent()) ?? '';
    expect(description.startsWith('Description of fixture resource 3.')).toBe(true);
    expect(description.endsWith('…')).toBe(true);
    expect(description.length).toBeLessThanOrEqual(200);
  });

  it('loads the second page through the "Next page" link, which the last page does not have', async () => {
    const page = await openPage(browser);
    await page.goto(`${web}/`);
    await page.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL(/\?after=/);
    await expect.poll(() => page.locator('main li').count()).toBe(6);
    expect(await page.locator('main').textContent()).toContain('Fixture resource 25');
    expect(await page.locator('main').textContent()).not.toContain('Fixture resource 24');
    expect(await page.getByRole('link', { name: 'Next page' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'First page' }).getAttribute('href')).toBe('/');

    // the same page when loaded directly, as a shared link would be
    const direct = await openPage(browser);
    const response = await direct.goto(page.url());
    expect(await response?.text()).toContain('Fixture resource 25<');
  });

  it('shows the first page for an empty or repeated "after" value', async () => {
    const page = await openPage(browser);
    for (const query of ['?after=', '?after=a&after=b']) {
      const response = await page.goto(`${web}/${query}`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('main li').count()).toBe(24);
    }
  });

  it('explains a cursor the router rejects and links back to the first page', async () => {
    const page = await openPage(browser);
    const response = await page.goto(`${web}/?after=not-a-cursor`);
    expect(response?.status()).toBe(200);
    const alert = page.locator('main').getByRole('alert');
    expect(await alert.textContent()).toContain('could not answer this request');
    await alert.getByRole('link', { name: 'Back to the first page' }).click();
    await expect.poll(() => page.locator('main li').count()).toBe(24);
  });
});
