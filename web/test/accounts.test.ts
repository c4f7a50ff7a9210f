import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionRefreshDocument } from '../src/gql/graphql';
import { signIn, signUpAndVerify } from './support/account-steps';
import { expectNoSeriousAxeViolations } from './support/axe';
import { launchBrowser, openPage } from './support/browser';
import { accountLog, SHORT_SESSION_DOMAIN } from './support/fixture-accounts';
import { startFixtureRouter } from './support/fixture-router';
import { Teardown } from './support/teardown';
import { startWebServer } from './support/web-server';

const password = 'a long enough password';

describe('accounts on the site', () => {
  const teardown = new Teardown();
  let web: string;
  let routerUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    const router = teardown.add(await startFixtureRouter('data'));
    routerUrl = router.url;
    web = teardown.add(await startWebServer({ ROUTER_URL: router.url })).url;
    browser = teardown.add(await launchBrowser());
  });
  afterAll(() => teardown.run());

  it('signs up, confirms the address from the emailed link and lands signed in on the profile, without JavaScript', async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    await signUpAndVerify(page, web, { name: 'Ada Lovelace', email: 'ada@example.org', password });
    expect(await page.locator('main').textContent()).toContain('Signed in as Ada Lovelace (ada@example.org)');
    const cookies = await page.context().cookies();
    expect(cookies.map((cookie) => [cookie.name, cookie.httpOnly, cookie.sameSite]).sort()).toEqual([
      ['lg_access', true, 'Lax'],
      ['lg_refresh', true, 'Lax'],
    ]);
    const header = page.getByRole('navigation', { name: 'Account' });
    expect(await header.getByRole('link').allTextContents()).toEqual([
      'Learning paths',
      'My paths',
      'My favourites',
      'Profile',
    ]);
  });

  it('has no serious accessibility problems on the sign-up, check-your-inbox and confirmation pages', async () => {
    const page = await openPage(browser);
    for (const path of ['/sign-up', '/check-your-inbox', '/verify?token=lgv_x']) {
      await page.goto(`${web}${path}`);
      await expectNoSeriousAxeViolations(page);
    }
  });

  it('explains in a sentence what is wrong with a sign-up', async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${web}/sign-up`);
    await page.getByLabel('Name').fill('Bob');
    await page.getByLabel('Email').fill('bob@example.org');
    // the browser's own check would stop a short password: this is what a client without it gets
    await page.getByLabel('Password').evaluate((input) => input.removeAttribute('minlength'));
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.waitForURL(`${web}/sign-up?problem=password`);
    expect(await page.locator('main').getByRole('alert').textContent()).toBe(
      'Choose a password of 12 to 256 characters that is not one of the most common ones.',
    );
  });

  it('says that an expired or used verification link does not work', async () => {
    const page = await openPage(browser);
    await page.goto(`${web}/verify?token=lgv_not-a-token`);
    await page.getByRole('button', { name: 'Confirm and sign in' }).click();
    await expect
      .poll(() => page.locator('main').getByRole('alert').textContent())
      .toBe('This link is not valid or has expired. Sign up again to get a new one.');
  });

  it('refuses a wrong password and an unconfirmed address with sentences, then signs in and returns where asked', async () => {
    const page = await openPage(browser);
    await page.goto(`${web}/sign-up`);
    await page.getByLabel('Name').fill('Carla');
    await page.getByLabel('Email').fill('carla@example.org');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.waitForURL(`${web}/check-your-inbox`);
    await signIn(page, web, { email: 'carla@example.org', password });
    await expect
      .poll(() => page.locator('main').getByRole('alert').textContent())
      .toBe('Confirm your email address first: follow the link we sent you when you signed up.');
    await signIn(page, web, { email: 'ada@example.org', password: 'not the password' });
    await expect
      .poll(() => page.locator('main').getByRole('alert').textContent())
      .toBe('The email address or password is not right.');
    await expectNoSeriousAxeViolations(page);

    await page.goto(`${web}/profile`);
    await page.waitForURL(`${web}/sign-in?next=%2Fprofile`);
    await page.getByLabel('Email').fill('ada@example.org');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${web}/profile`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Your profile');
    await expectNoSeriousAxeViolations(page);
  });

  it('never sends anyone to another site after signing in', async () => {
    const page = await openPage(browser);
    await page.goto(`${web}/sign-in?next=//elsewhere.example/phish`);
    await page.getByLabel('Email').fill('ada@example.org');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${web}/`);
  });

  it('keeps a display name and interests, without JavaScript', async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    await signIn(page, web, { email: 'ada@example.org', password });
    await page.goto(`${web}/profile`);
    await page.getByLabel('Display name').fill('Countess');
    await page.getByLabel('Mathematics').check();
    await page.getByLabel('Engineering').check();
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.waitForURL(`${web}/profile?saved=1`);
    expect(await page.locator('main').getByRole('status').textContent()).toBe('Your profile is saved.');
    await page.goto(`${web}/profile`);
    expect(await page.getByLabel('Display name').inputValue()).toBe('Countess');
    expect(await page.getByLabel('Mathematics').isChecked()).toBe(true);
    expect(await page.getByLabel('Data Science').isChecked()).toBe(false);
  });

  it('renews a lapsed access token on the server, once, and stays signed in', async () => {
    const email = `dora${SHORT_SESSION_DOMAIN}`;
    const page = await openPage(browser);
    await signUpAndVerify(page, web, { name: 'Dora', email, password });
    const before = accountLog.refreshes;
    const accessCookie = async () =>
      (await page.context().cookies()).find((cookie) => cookie.name === 'lg_access')?.value;
    const first = await accessCookie();
    // the browser drops the cookie a second after it was set (see fixture-accounts.ts)
    await expect.poll(accessCookie, { timeout: 5_000 }).toBeUndefined();
    await page.goto(`${web}/profile`);
    expect(await page.locator('main').textContent()).toContain('Signed in as Dora');
    expect(accountLog.refreshes).toBe(before + 1);
    expect(await accessCookie()).not.toBe(first);
  });

  it('ends the session in the browser when the refresh token is refused (someone else used it first)', async () => {
    const email = `eve${SHORT_SESSION_DOMAIN}`;
    const page = await openPage(browser);
    await signUpAndVerify(page, web, { name: 'Eve', email, password });
    const refreshToken = (await page.context().cookies()).find((cookie) => cookie.name === 'lg_refresh')?.value;
    // a thief's copy used first: the users service then refuses the site's, and revokes the session
    await fetch(routerUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // by hash, as the router takes first-party documents
      body: JSON.stringify({
        extensions: {
          persistedQuery: { version: 1, sha256Hash: String(SessionRefreshDocument.__meta__?.hash).slice(7) },
        },
        variables: { input: { refreshToken } },
      }),
    });
    await expect
      .poll(async () => (await page.context().cookies()).some((cookie) => cookie.name === 'lg_access'), {
        timeout: 5_000,
      })
      .toBe(false);
    await page.goto(`${web}/`);
    expect(await page.getByRole('link', { name: 'Sign in' }).count()).toBe(1);
    expect(await page.context().cookies()).toEqual([]);
  });

  it('signs out: the session ends in the users service and in the browser', async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    await signIn(page, web, { email: 'ada@example.org', password });
    await page.waitForURL(`${web}/`);
    const before = accountLog.signOuts;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${web}/`);
    expect(accountLog.signOuts).toBe(before + 1);
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.getByRole('link', { name: 'Sign in' }).count()).toBe(1);
  });

  it('refuses a form sent from another site, and changes nothing', async () => {
    const page = await openPage(browser);
    await signIn(page, web, { email: 'ada@example.org', password });
    await page.waitForURL(`${web}/`);
    const before = accountLog.signOuts;
    // a page of another origin (another port), with a form aimed at the site
    const attacker = 'http://127.0.0.1:9/';
    await page.route(attacker, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<form method="post" action="${web}/forms/sign-out"><button>Win a prize</button></form>`,
      }),
    );
    await page.goto(attacker);
    await page.getByRole('button', { name: 'Win a prize' }).click();
    await expect.poll(() => page.locator('body').textContent()).toContain('This form was sent from another site');
    expect(accountLog.signOuts).toBe(before);
    expect((await page.context().cookies()).map((cookie) => cookie.name).sort()).toEqual(['lg_access', 'lg_refresh']);
  });
});
