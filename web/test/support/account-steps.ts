import type { Page } from 'playwright-core';
import { verificationTokenFor } from './fixture-accounts';

/**
 * Signs up through the site's form, then follows the "email" link and confirms, as a person would: the page
 * ends on their profile, signed in.
 * @example await signUpAndVerify(page, web, { name: 'Ada', email: 'ada@example.org', password: 'a long password' });
 */
export async function signUpAndVerify(
  page: Page,
  web: string,
  person: { name: string; email: string; password: string },
): Promise<void> {
  await page.goto(`${web}/sign-up`);
  await page.getByLabel('Name').fill(person.name);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.waitForURL(`${web}/check-your-inbox`);
  await page.goto(`${web}/verify?token=${verificationTokenFor(person.email)}`);
  await page.getByRole('button', { name: 'Confirm and sign in' }).click();
  await page.waitForURL(`${web}/profile`);
}

/**
 * Signs in through the site's form.
 * @example await signIn(page, web, { email: 'ada@example.org', password: 'a long password' });
 */
export async function signIn(page: Page, web: string, person: { email: string; password: string }): Promise<void> {
  await page.goto(`${web}/sign-in`);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
