import { postGraphQL } from '@learngraph/service-kit/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshots } from '../support/journey.js';
import { waitUntil } from '../support/poll.js';
import { type RunningSystem, startSystem } from '../support/start-system.js';

// a word many bundled courses share, so that the search has results to filter
const WORD = 'data';

describe('a learner searches, filters and opens a resource (counting a view), through the edge', () => {
  let system: RunningSystem;
  let browser: Browser;
  let shoot: (page: Page, step: string) => Promise<void>;

  beforeAll(async () => {
    system = await startSystem();
    browser = await launchChromium();
    shoot = await screenshots('search-journey');
    // search copies the catalog from its events, a moment after the import
    await waitUntil(
      `search finds "${WORD}"`,
      () =>
        postGraphQL<{ search: { totalCount: number } }>(
          `${system.url}/graphql`,
          'query ($q: String!) { search(input: { query: $q }) { totalCount } }',
          { q: WORD },
        ),
      (result) => (result.data?.search.totalCount ?? 0) >= 5,
      { timeoutMs: 120_000, intervalMs: 500 },
    );
  });
  afterAll(async () => {
    await browser?.close();
    await system?.interrupt();
  });

  it('goes from the home page to a search, narrows it by a facet and opens a result', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(15_000);

    const home = await page.goto(`${system.url}/`);
    expect(home?.status()).toBe(200);
    expect(await page.getByRole('region', { name: 'New' }).getByRole('listitem').count()).toBeGreaterThan(0);
    await shoot(page, 'home');

    await page.getByLabel('Search learning resources').fill(WORD);
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\?q=data$/);
    const count = () => page.locator('#results-title').textContent();
    const unfiltered = Number.parseInt((await count()) ?? '', 10);
    expect(unfiltered).toBeGreaterThanOrEqual(5);
    expect(await page.locator('.results mark').count()).toBeGreaterThan(0);
    await shoot(page, 'search');

    // the most frequent type among the results, but not all of them: choosing it narrows the list
    const types = page.getByRole('group', { name: 'Type' }).getByRole('checkbox');
    await types.first().check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/[?&]type=/);
    const filtered = Number.parseInt((await count()) ?? '', 10);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThanOrEqual(unfiltered);
    expect(await page.getByRole('group', { name: 'Type' }).getByRole('checkbox').first().isChecked()).toBe(true);
    await shoot(page, 'filtered');

    const first = page.locator('.results h3 a').first();
    const title = (await first.textContent()) ?? '';
    await first.click();
    await page.waitForURL(/\/resources\/[^/?]+$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect(await page.getByRole('region', { name: 'At a glance' }).count()).toBe(1);
    await shoot(page, 'resource');
    await page.close();

    // opening the page counted a view, once for this visitor today
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '');
    const views = () =>
      postGraphQL<{ learningResource: { views: number } | null }>(
        `${system.url}/graphql`,
        'query ($id: ID!) { learningResource(id: $id) { views } }',
        { id },
      );
    const counted = await waitUntil(
      'the view is counted',
      views,
      (result) => (result.data?.learningResource?.views ?? 0) >= 1,
    );
    const again = await browser.newPage();
    await again.goto(`${system.url}/resources/${encodeURIComponent(id)}`);
    await again.close();
    expect((await views()).data?.learningResource?.views).toBe(counted.data?.learningResource?.views);
  });
});
