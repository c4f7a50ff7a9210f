import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { startFixtureRouter } from './support/fixture-router';
import { Teardown } from './support/teardown';
import { startWebServer } from './support/web-server';

describe('a resource page', () => {
  const teardown = new Teardown();
  let web: string;
  let browser: Browser;

  beforeAll(async () => {
    const router = teardown.add(await startFixtureRouter('data'));
    web = teardown.add(await startWebServer({ ROUTER_URL: router.url })).url;
    browser = teardown.add(await launchBrowser());
  });
  afterAll(() => teardown.run());

  it('opens from its title on the home page and shows its title, type, description and a link out', async () => {
    const page = await openPage(browser);
    await page.goto(`${web}/`);
    await page.getByRole('link', { name: 'Fixture resource 2', exact: true }).click();
    await page.waitForURL(`${web}/resources/res-2`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Fixture resource 2');
    const main = page.locator('main');
    await expect.poll(() => main.textContent()).toContain('Video');
    expect(await main.textContent()).toContain('More words about it. More words about it.');
    expect(await page.getByRole('link', { name: 'Go to the resource' }).getAttribute('href')).toBe(
      'https://example.org/resources/2',
    );
    expect(await page.title()).toBe('Fixture resource 2 · Learngraph');
  });

  it('is rendered on the server', async () => {
    const response = await fetch(`${web}/resources/res-7`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<h1>Fixture resource 7</h1>');
    expect(html).not.toContain(web);
  });

  it('has no link out when the resource has no URL, and says it has no description', async () => {
    const page = await openPage(browser);
    await page.goto(`${web}/resources/bare`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('A resource without extras');
    expect(await page.locator('main').textContent()).toContain('This resource has no description yet.');
    expect(await page.getByRole('link', { name: 'Go to the resource' }).count()).toBe(0);
  });

  it('answers 404 with a helpful page for an unknown id', async () => {
    const page = await openPage(browser);
    const response = await page.goto(`${web}/resources/no-such-resource`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Learning resource not found');
    await page.getByRole('link', { name: 'Browse all learning resources' }).click();
    await expect.poll(() => page.locator('main li').count()).toBe(24);
  });
});
