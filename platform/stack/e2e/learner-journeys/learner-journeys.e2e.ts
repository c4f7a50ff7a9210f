import { postGraphQL } from '@learngraph/service-kit/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../support/accounts.js';
import { launchChromium, linkFromMail, screenshots } from '../support/journey.js';
import { waitUntil } from '../support/poll.js';
import { type RunningSystem, startSystem } from '../support/start-system.js';

const password = 'a long enough password';

/** The titles of a path's steps, in the order the page shows them. */
const stepTitles = (page: Page) =>
  page
    .locator('.path-items li')
    .evaluateAll((items) => items.map((item) => item.querySelector('a, .path-item-title')?.textContent ?? ''));

describe('a learner’s journeys through the web site, on the whole system', () => {
  let system: RunningSystem;
  let browser: Browser;
  let titles: string[];

  beforeAll(async () => {
    system = await startSystem();
    browser = await launchChromium();
    const newest = await postGraphQL<{ learningResources: { edges: Array<{ node: { title: string } }> } }>(
      `${system.url}/graphql`,
      '{ learningResources(first: 3, sort: TITLE) { edges { node { title } } } }',
    );
    titles = newest.data?.learningResources.edges.map((edge) => edge.node.title) ?? [];
    expect(titles).toHaveLength(3);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.interrupt();
  });

  it('signs up, confirms from the email, makes a path, reorders it, follows it, completes a step and signs out', async () => {
    const shoot = await screenshots('sign-up-to-path');
    const page = await (await browser.newContext({ viewport: { width: 1024, height: 800 } })).newPage();
    page.setDefaultTimeout(15_000);
    const email = 'journey@example.org';

    await page.goto(`${system.url}/sign-up`);
    await page.getByLabel('Name').fill('Jo Journey');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await shoot(page, 'sign-up');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.waitForURL(`${system.url}/check-your-inbox`);
    await shoot(page, 'check-your-inbox');

    const link = await linkFromMail(system.dataDir, email);
    expect(link.startsWith(`${system.url}/verify?token=`)).toBe(true);
    await page.goto(link);
    await shoot(page, 'confirm-address');
    await page.getByRole('button', { name: 'Confirm and sign in' }).click();
    await page.waitForURL(`${system.url}/profile`);
    expect(await page.locator('main').textContent()).toContain(`Signed in as Jo Journey (${email})`);
    await shoot(page, 'profile');

    await page.getByRole('link', { name: 'My paths' }).click();
    await page.getByRole('link', { name: 'Create a path' }).click();
    await page.getByLabel('Title').fill('My journey');
    await page.getByLabel('Description').fill('Three steps, in my order.');
    await page.getByLabel('Public: listed for everyone').check();
    await shoot(page, 'create-path');
    await page.getByRole('button', { name: 'Create path' }).click();
    await page.waitForURL(/\/paths\/[^/]+\/edit$/);
    const editor = page.url();
    const pathUrl = editor.replace(/\/edit$/, '');

    // search and learning-paths learn of the demo catalog from its events, a moment after the import
    for (const title of titles) {
      await waitUntil(
        `"${title}" added to the path from search`,
        async () => {
          await page.goto(`${editor}?q=${encodeURIComponent(title)}`);
          const add = page.getByRole('button', { name: `Add: ${title}`, exact: true });
          if ((await add.count()) > 0) await add.click();
          await page.goto(editor);
          return stepTitles(page);
        },
        (steps) => steps.includes(title),
        { timeoutMs: 60_000, intervalMs: 1_000 },
      );
    }
    const [first, second, third] = titles as [string, string, string];
    expect(await stepTitles(page)).toEqual([first, second, third]);
    await shoot(page, 'path-with-three-steps');

    await page.getByRole('button', { name: `Move up: ${third}`, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => stepTitles(page)).toEqual([first, third, second]);
    await shoot(page, 'moved-up-by-keyboard');
    await page.locator('li[data-resource-id]').nth(2).dragTo(page.locator('li[data-resource-id]').nth(0));
    await expect.poll(() => stepTitles(page)).toEqual([second, first, third]);
    await shoot(page, 'dragged-to-the-top');

    await page.goto(pathUrl);
    await page.getByRole('button', { name: 'Follow this path' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Stop following' }).count()).toBe(1);
    expect(await page.locator('.path-author').textContent()).toContain('1 following');
    await shoot(page, 'following');
    await page.getByRole('button', { name: `Mark done: ${second}`, exact: true }).click();
    await expect.poll(() => page.locator('.path-progress').textContent()).toContain('1 of 3 done (33%)');
    await shoot(page, 'first-step-done');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Sign in' }).count()).toBe(1);
    expect(await page.context().cookies()).toEqual([]);
    await page.goto(pathUrl);
    expect(await page.locator('.path-progress').count()).toBe(0);
    await shoot(page, 'signed-out');
  });

  it('searches, filters, opens a result, keeps it as a favourite and finds it under "My favourites"', async () => {
    const shoot = await screenshots('favourite');
    const email = 'favourites@example.org';
    await createAccount(system, { email, password, name: 'Fay Favourite' });
    const page = await (await browser.newContext({ viewport: { width: 1024, height: 800 } })).newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${system.url}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${system.url}/`);
    await shoot(page, 'home-signed-in');

    await page.goto(`${system.url}/my/favorites`);
    expect(await page.locator('main').textContent()).toContain('0 favourites');
    // search → filter → open → favourite, from the header's search box
    await page.getByLabel('Search learning resources').fill('data');
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\?q=data$/);
    const results = page.locator('.results h3 a');
    // search copies the catalog from its events, a moment after the import
    await expect
      .poll(
        async () => {
          await page.reload();
          return results.count();
        },
        { timeout: 60_000, interval: 500 },
      )
      .toBeGreaterThan(0);
    await shoot(page, 'search');
    await page.getByRole('group', { name: 'Type' }).getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/[?&]type=/);
    await shoot(page, 'filtered');
    const title = (await results.first().textContent()) ?? '';
    await results.first().click();
    await page.waitForURL(/\/resources\/[^/?]+$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    await shoot(page, 'resource');
    await page.getByRole('button', { name: `Add to favourites: ${title}`, exact: true }).click();
    const remove = page.getByRole('button', { name: `Remove from favourites: ${title}`, exact: true });
    await expect.poll(() => remove.count()).toBe(1);
    await shoot(page, 'favourited');
    await page.getByRole('link', { name: 'My favourites' }).click();
    await page.waitForURL(`${system.url}/my/favorites`);
    expect(await page.locator('main .favorite-list').getByRole('link').allTextContents()).toEqual([title]);
    await shoot(page, 'my-favourites');
  });
});
