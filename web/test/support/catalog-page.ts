import type { Locator, Page } from 'playwright-core';

/**
 * The home page's list of results, found as a reader finds it: the list named by the count above it.
 * @example expect(await results(page).getByRole('listitem').count()).toBe(24);
 */
export function results(page: Page): Locator {
  return page.getByRole('list', { name: /^\d+ learning resources?$/ });
}

/**
 * The titles of the listed resources, in order.
 * @example await expect.poll(() => resultTitles(page)).toEqual(['Fixture resource 1']);
 */
export function resultTitles(page: Page): Promise<string[]> {
  return results(page).getByRole('heading', { level: 3 }).allTextContents();
}

/**
 * The card of one listed resource, by its exact title.
 * @example await resultCard(page, 'Fixture resource 6').textContent()
 */
export function resultCard(page: Page, title: string): Locator {
  return results(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

/**
 * One sort or filter link, by its exact label.
 * @example await choice(page, 'Free only').click();
 */
export function choice(page: Page, label: string): Locator {
  return page.getByRole('navigation', { name: 'Sort and filter' }).getByRole('link', { name: label, exact: true });
}

/** The numbers of fixture resources as their titles, for comparing with `resultTitles`. */
export function titles(...numbers: number[]): string[] {
  return numbers.map((number) => `Fixture resource ${number}`);
}
