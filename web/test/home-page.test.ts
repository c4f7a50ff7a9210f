import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe';
import { openPage } from './support/browser';
import { useFixtureSite } from './support/fixture-site';

describe('the home page', () => {
  const site = useFixtureSite();

  const rowTitles = (page: Page, name: string) =>
    page.getByRole('region', { name, exact: true }).getByRole('heading', { level: 3 }).allTextContents();

  it('shows the six newest, most viewed and soonest starting resources, server-rendered', async () => {
    const page = await openPage(site.browser, { javaScriptEnabled: false });
    const response = await page.goto(`${site.web}/`);
    expect(response?.status()).toBe(200);
    expect(await rowTitles(page, 'New')).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Fixture resource ${n}`));
    // views are number × 37 mod 101: res-30 has the most
    expect((await rowTitles(page, 'Popular'))[0]).toBe('Fixture resource 30');
    expect((await rowTitles(page, 'Starting soon'))[0]).toBe('Fixture resource 29');
    await page.getByRole('link', { name: 'See all popular' }).click();
    await page.waitForURL(`${site.web}/resources?sort=most-viewed`);
  });

  it('links every topic to its page and shows the most followed public paths', async () => {
    const page = await openPage(site.browser);
    await page.goto(`${site.web}/`);
    const topics = page.getByRole('region', { name: 'Topics' });
    expect(await topics.getByRole('link').allTextContents()).toEqual(['Engineering', 'Data Science', 'Mathematics']);
    const paths = page.getByRole('region', { name: 'Featured learning paths' });
    expect(await paths.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Linear algebra from scratch',
      'Data science basics',
    ]);
    expect(await paths.textContent()).toContain('2 resources · 42 followers');
    expect(await paths.getByRole('link', { name: 'Data science basics' }).getAttribute('href')).toBe(
      '/paths/path-data',
    );
    await topics.getByRole('link', { name: 'Mathematics' }).click();
    await page.waitForURL(/\/topics\//);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Mathematics');
  });

  it('has no serious accessibility violations', async () => {
    const page = await openPage(site.browser);
    await page.goto(`${site.web}/`);
    await expectNoSeriousAxeViolations(page);
  });
});
