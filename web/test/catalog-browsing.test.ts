import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { choice, results, resultTitles, titles } from './support/catalog-page';
import { startFixtureRouter } from './support/fixture-router';
import { Teardown } from './support/teardown';
import { startWebServer } from './support/web-server';

describe('browsing the catalog', () => {
  const teardown = new Teardown();
  let web: string;
  let browser: Browser;

  beforeAll(async () => {
    const router = teardown.add(await startFixtureRouter('data'));
    web = teardown.add(await startWebServer({ ROUTER_URL: router.url })).url;
    browser = teardown.add(await launchBrowser());
  });
  afterAll(() => teardown.run());

  it('offers the five sorts and the filters as links, with the defaults marked as current', async () => {
    const page = await openPage(browser);
    await page.goto(`${web}/resources`);
    const nav = page.getByRole('navigation', { name: 'Sort and filter' });
    const headings = await nav.getByRole('heading', { level: 3 }).allTextContents();
    expect(headings).toEqual(['Sort by', 'Type', 'Price', 'Certificate', 'Offered by']);
    const sorts = nav.getByRole('list', { name: 'Sort by' }).getByRole('link');
    expect(await sorts.allTextContents()).toEqual([
      'Newest',
      'Recently updated',
      'Most viewed',
      'Starting soonest',
      'Title A–Z',
    ]);
    const offerors = nav.getByRole('list', { name: 'Offered by' }).getByRole('link');
    expect(await offerors.allTextContents()).toEqual([
      'All offerors',
      'MIT OpenCourseWare',
      'MIT Professional Education',
      'MITx',
    ]);
    const current = await nav.locator('[aria-current="true"]').allTextContents();
    expect(current).toEqual(['Newest', 'All types', 'Free or paid', 'With or without', 'All offerors']);
    expect(await choice(page, 'Free only').getAttribute('href')).toBe('/resources?free=true');
  });

  it('narrows the list with a filter link and keeps the filter on the next page, without JavaScript', async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${web}/resources`);
    await choice(page, 'Free only').click();
    await page.waitForURL(`${web}/resources?free=true`);
    expect(await page.getByRole('heading', { level: 2, name: '26 learning resources' }).count()).toBe(1);
    expect(await choice(page, 'Free only').getAttribute('aria-current')).toBe('true');
    const firstPage = await resultTitles(page);
    expect(firstPage).toHaveLength(24);
    expect(firstPage).not.toEqual(expect.arrayContaining(titles(6)));

    await page.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL(/\/resources\?free=true&after=/);
    // the last two free resources; without the filter this page would hold six
    expect(await resultTitles(page)).toEqual(titles(29, 30));
    expect(await page.getByRole('link', { name: 'First page' }).getAttribute('href')).toBe('/resources?free=true');
    expect(await page.getByRole('link', { name: 'Next page' }).count()).toBe(0);
  });

  it('combines type, certificate and offeror filters, each link keeping the others', async () => {
    const page = await openPage(browser);
    await page.goto(`${web}/resources`);
    await choice(page, 'Programs').click();
    await page.waitForURL(`${web}/resources?type=program`);
    await expect.poll(() => resultTitles(page)).toEqual(titles(4, 9, 14, 19, 24, 29));
    await choice(page, 'Certificate only').click();
    await page.waitForURL(`${web}/resources?type=program&certificate=true`);
    await expect.poll(() => resultTitles(page)).toEqual(titles(4, 9, 19, 24));
    await choice(page, 'MITx').click();
    await page.waitForURL(`${web}/resources?type=program&certificate=true&offeror=mitx`);
    await expect.poll(() => resultTitles(page)).toEqual(titles(4, 19));
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toContain('2 learning resources');
    await choice(page, 'All types').click();
    await page.waitForURL(`${web}/resources?certificate=true&offeror=mitx`);
    await expect.poll(() => resultTitles(page)).toEqual(titles(1, 4, 16, 19));
  });

  it('sorts by title, views or next start, keeping the filter and the order on the next page', async () => {
    const page = await openPage(browser);
    await page.goto(`${web}/resources?type=course`);
    await choice(page, 'Title A–Z').click();
    await page.waitForURL(`${web}/resources?sort=title&type=course`);
    await expect.poll(() => resultTitles(page)).toEqual(titles(1, 11, 16, 21, 26, 6));

    await page.goto(`${web}/resources?sort=most-viewed`);
    expect((await resultTitles(page)).slice(0, 3)).toEqual(titles(30, 19, 8));
    await page.goto(`${web}/resources?sort=upcoming-start`);
    const soonest = await resultTitles(page);
    expect(soonest.slice(0, 3)).toEqual(titles(29, 26, 24));
    // the twelve dated resources first, then the rest
    expect(soonest[12]).toBe('Fixture resource 2');

    await page.goto(`${web}/resources?sort=title`);
    await page.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL(/\/resources\?sort=title&after=/);
    // 1, 10–19, 2, 20–29, 3, 30 fill the first page in title order
    await expect.poll(() => resultTitles(page)).toEqual(titles(4, 5, 6, 7, 8, 9));
  });

  it('falls back to the defaults for unknown, empty or repeated values in the address', async () => {
    const page = await openPage(browser);
    await page.goto(`${web}/resources`);
    const everything = await resultTitles(page);
    for (const query of [
      '?sort=cheapest',
      '?sort=TITLE',
      '?sort=title&sort=newest',
      '?type=bootcamp&free=yes&certificate=1&offeror=',
      '?offeror=%3Cscript%3E',
    ]) {
      const response = await page.goto(`${web}/resources${query}`);
      expect(response?.status()).toBe(200);
      expect(await page.getByRole('heading', { level: 2, name: '30 learning resources' }).count()).toBe(1);
      expect(await resultTitles(page)).toEqual(everything);
      expect(await choice(page, 'Newest').getAttribute('aria-current')).toBe('true');
    }
  });

  it('explains a filter the catalog rejects and links back to the unfiltered list', async () => {
    const page = await openPage(browser);
    const response = await page.goto(`${web}/resources?free=true&offeror=nobody`);
    expect(response?.status()).toBe(200);
    const alert = page.locator('main').getByRole('alert');
    expect(await alert.textContent()).toContain('The catalog did not accept this request');
    expect(await alert.textContent()).not.toContain('nobody');
    await alert.getByRole('link', { name: 'Show all learning resources' }).click();
    await page.waitForURL(`${web}/resources`);
    await expect.poll(() => results(page).getByRole('listitem').count()).toBe(24);
  });

  it('offers both the first page of the same list and the whole catalog when a later page is rejected', async () => {
    const page = await openPage(browser);
    await page.goto(`${web}/resources`);
    const next = new URL((await page.getByRole('link', { name: 'Next page' }).getAttribute('href')) ?? '', web);
    // a cursor names its sort: one from the newest-first list is no good for the title order
    await page.goto(`${web}/resources?sort=title&after=${encodeURIComponent(next.searchParams.get('after') ?? '')}`);
    const alert = page.locator('main').getByRole('alert');
    expect(await alert.getByRole('link', { name: 'Back to the first page' }).getAttribute('href')).toBe(
      '/resources?sort=title',
    );
    expect(await alert.getByRole('link', { name: 'Show all learning resources' }).getAttribute('href')).toBe(
      '/resources',
    );
  });

  it('says when no resource matches, with a way back to all of them', async () => {
    const page = await openPage(browser);
    await page.goto(`${web}/resources?free=true&certificate=true&offeror=mitpe`);
    const main = page.locator('main');
    expect(await main.getByRole('heading', { level: 2, name: '0 learning resources' }).count()).toBe(1);
    expect(await main.textContent()).toContain('No learning resources match these filters.');
    await main.getByRole('link', { name: 'Show all learning resources' }).click();
    await page.waitForURL(`${web}/resources`);
    await expect.poll(() => results(page).getByRole('listitem').count()).toBe(24);
  });
});
