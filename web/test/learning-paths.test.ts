import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, signUpAndVerify } from './support/account-steps';
import { expectNoSeriousAxeViolations } from './support/axe';
import { launchBrowser, openPage } from './support/browser';
import { pathLog, seedPublicPath } from './support/fixture-paths';
import { startFixtureRouter } from './support/fixture-router';
import { Teardown } from './support/teardown';
import { startWebServer } from './support/web-server';

const learner = { name: 'Lin Learner', email: 'lin@example.org', password: 'a long enough password' };

/** The titles of a path's steps, in the order the page shows them. */
const stepTitles = (page: Page) =>
  page
    .locator('.path-items li')
    .evaluateAll((items) => items.map((item) => item.querySelector('a, .path-item-title')?.textContent ?? ''));

describe('learning paths on the site', () => {
  const teardown = new Teardown();
  let web: string;
  let browser: Browser;
  let publicPathId: string;

  beforeAll(async () => {
    publicPathId = seedPublicPath('Fixtures from the ground up', ['res-3', 'res-4']);
    const router = teardown.add(await startFixtureRouter('data'));
    web = teardown.add(await startWebServer({ ROUTER_URL: router.url })).url;
    browser = teardown.add(await launchBrowser());
    await signUpAndVerify(await openPage(browser), web, learner);
  });
  afterAll(() => teardown.run());

  /** A page of its own browser context, signed in as the learner. */
  async function signedInPage(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    page.setDefaultTimeout(5_000);
    await signIn(page, web, learner);
    await page.waitForURL(`${web}/`);
    return page;
  }

  it('lists public paths to anyone, and shows a path’s steps with a way to sign in to follow it', async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${web}/paths`);
    expect(await page.locator('main').textContent()).toContain('1 public path');
    await page.getByRole('link', { name: 'Fixtures from the ground up' }).click();
    await page.waitForURL(`${web}/paths/${publicPathId}`);
    expect(await stepTitles(page)).toEqual(['Fixture resource 3', 'Fixture resource 4']);
    expect(await page.getByRole('link', { name: 'Sign in' }).last().getAttribute('href')).toBe(
      `/sign-in?next=%2Fpaths%2F${publicPathId}`,
    );
    const withScripts = await openPage(browser);
    for (const path of ['/paths', `/paths/${publicPathId}`]) {
      await withScripts.goto(`${web}${path}`);
      await expectNoSeriousAxeViolations(withScripts);
    }
  });

  it('follows a path and marks a step done, with the progress shown, without JavaScript', async () => {
    const page = await signedInPage({ javaScriptEnabled: false });
    await page.goto(`${web}/paths/${publicPathId}`);
    await page.getByRole('button', { name: 'Follow this path' }).click();
    await page.waitForURL(`${web}/paths/${publicPathId}`);
    expect(await page.locator('.path-author').textContent()).toContain('1 following');
    expect(await page.getByRole('button', { name: 'Stop following' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Mark done: Fixture resource 3' }).click();
    await page.waitForURL(`${web}/paths/${publicPathId}#item-res-3`);
    expect(await page.locator('.path-progress').textContent()).toContain('1 of 2 done (50%)');
    expect(await page.getByRole('button', { name: 'Mark not done: Fixture resource 3' }).count()).toBe(1);
    await page.goto(`${web}/my/paths`);
    const followed = page.locator('main .path-list').last();
    expect(await followed.getByRole('link').allTextContents()).toEqual(['Fixtures from the ground up']);
    expect(await followed.textContent()).toContain('50% done');
  });

  it('creates a path, adds resources found by search with a note, changes a note and moves steps with buttons, without JavaScript', async () => {
    const page = await signedInPage({ javaScriptEnabled: false });
    await page.goto(`${web}/paths/new`);
    await page.getByLabel('Title').fill('My first path');
    await page.getByLabel('Description').fill('Where I start.');
    await page.getByLabel('Public: listed for everyone').check();
    await page.getByRole('button', { name: 'Create path' }).click();
    await page.waitForURL(/\/paths\/[^/]+\/edit$/);
    for (const title of ['Fixture resource 5', 'Fixture resource 6', 'Fixture resource 7']) {
      await page.getByLabel('Find resources').fill(title);
      await page.getByRole('button', { name: 'Find' }).click();
      await page.getByLabel(`Note for ${title}`).fill(`Why ${title}`);
      await page.getByRole('button', { name: `Add: ${title}`, exact: true }).click();
      await page.waitForURL(/\?q=/);
    }
    expect(await stepTitles(page)).toEqual(['Fixture resource 5', 'Fixture resource 6', 'Fixture resource 7']);
    expect(await page.getByLabel('Note for Fixture resource 5').inputValue()).toBe('Why Fixture resource 5');
    await page.getByLabel('Note for Fixture resource 6').fill('Start here');
    await page.getByRole('button', { name: 'Save note: Fixture resource 6' }).click();
    await page.waitForURL(/#item-res-6$/);
    expect(await page.getByLabel('Note for Fixture resource 6').inputValue()).toBe('Start here');
    await page.getByRole('button', { name: 'Move down: Fixture resource 5' }).click();
    await page.waitForURL(/#item-res-5$/);
    expect(await stepTitles(page)).toEqual(['Fixture resource 6', 'Fixture resource 5', 'Fixture resource 7']);
    expect(await page.getByRole('button', { name: 'Move up: Fixture resource 6' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Remove: Fixture resource 7' }).click();
    await page.waitForURL(/\/edit$/);
    expect(await stepTitles(page)).toEqual(['Fixture resource 6', 'Fixture resource 5']);
    await page.goto(`${web}/paths`);
    expect(await page.getByRole('link', { name: 'My first path' }).count()).toBe(1);
  });

  it('moves a step with the keyboard and by dragging it, and has no serious accessibility problems', async () => {
    const page = await signedInPage();
    await page.goto(`${web}/paths/new`);
    await page.getByLabel('Title').fill('Reordered');
    await page.getByRole('button', { name: 'Create path' }).click();
    await page.waitForURL(/\/edit$/);
    const editor = page.url();
    for (const title of ['Fixture resource 8', 'Fixture resource 9', 'Fixture resource 10']) {
      await page.goto(`${editor}?q=${encodeURIComponent(title)}`);
      await page.getByRole('button', { name: `Add: ${title}`, exact: true }).click();
      await page.waitForURL(/\?q=/);
    }
    await page.goto(editor);
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('button', { name: 'Move up: Fixture resource 10' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#item-res-10$/);
    await expect
      .poll(() => stepTitles(page))
      .toEqual(['Fixture resource 8', 'Fixture resource 10', 'Fixture resource 9']);

    const moves = pathLog.moves.length;
    await page.locator('li[data-resource-id="res-9"]').dragTo(page.locator('li[data-resource-id="res-8"]'));
    await expect
      .poll(() => stepTitles(page))
      .toEqual(['Fixture resource 9', 'Fixture resource 8', 'Fixture resource 10']);
    expect(pathLog.moves.slice(moves)).toEqual([{ resourceId: 'res-9', position: 1 }]);
  });

  it('refuses a change made from an outdated page and says so', async () => {
    const page = await signedInPage({ javaScriptEnabled: false });
    await page.goto(`${web}/my/paths`);
    await page.getByRole('link', { name: 'Reordered' }).click();
    await page.getByRole('link', { name: 'Edit path' }).click();
    const stale = await page.context().newPage();
    await stale.goto(page.url());
    await page.getByRole('button', { name: 'Move down: Fixture resource 9' }).click();
    await page.waitForURL(/#item-res-9$/);
    await stale.getByRole('button', { name: 'Move down: Fixture resource 8' }).click();
    await stale.waitForURL(/problem=CONFLICT/);
    expect(await stale.locator('main').getByRole('alert').textContent()).toBe(
      'Someone changed this path at the same time. Here it is as it is now: please try again.',
    );
  });

  it('keeps a favourite from the resource page and lists it under "My favourites", without JavaScript', async () => {
    const page = await signedInPage({ javaScriptEnabled: false });
    await page.goto(`${web}/resources/res-11`);
    await page.getByRole('button', { name: 'Add to favourites: Fixture resource 11' }).click();
    await page.waitForURL(`${web}/resources/res-11`);
    expect(await page.getByRole('button', { name: 'Remove from favourites: Fixture resource 11' }).count()).toBe(1);
    expect(await page.locator('main').textContent()).toContain('★ In your favourites');
    await page.getByRole('link', { name: 'My favourites' }).click();
    await page.waitForURL(`${web}/my/favorites`);
    expect(await page.locator('main').getByRole('link').allTextContents()).toEqual(['Fixture resource 11']);
    await page.getByRole('button', { name: 'Remove from favourites: Fixture resource 11' }).click();
    await page.waitForURL(`${web}/my/favorites`);
    expect(await page.locator('main').textContent()).toContain('0 favourites');
  });

  it('adds a resource to one of the learner’s paths from its page', async () => {
    const page = await signedInPage({ javaScriptEnabled: false });
    await page.goto(`${web}/resources/res-12`);
    await page.getByLabel('Add to my path').selectOption({ label: 'My first path' });
    await page.getByRole('button', { name: 'Add to path' }).click();
    await page.waitForURL(`${web}/resources/res-12`);
    await page.goto(`${web}/my/paths`);
    await page.getByRole('link', { name: 'My first path' }).click();
    expect(await stepTitles(page)).toContain('Fixture resource 12');
    const withScripts = await signedInPage();
    await withScripts.goto(`${web}/resources/res-12`);
    await expectNoSeriousAxeViolations(withScripts);
  });

  it('sends anyone not signed in from their own pages to sign in', async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    for (const path of ['/my/paths', '/my/favorites', '/paths/new']) {
      await page.goto(`${web}${path}`);
      expect(page.url()).toBe(`${web}/sign-in?next=${encodeURIComponent(path)}`);
    }
  });
});
