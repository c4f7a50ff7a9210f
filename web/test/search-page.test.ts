import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe';
import { openPage } from './support/browser';
import { resultCard, results, resultTitles } from './support/catalog-page';
import { MISSPELLING } from './support/fixture-search';
import { useFixtureSite } from './support/fixture-site';

describe('the search page', () => {
  const site = useFixtureSite();

  it('searches from the header box without JavaScript, with the matched words marked', async () => {
    const page = await openPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.web}/`);
    await page.getByLabel('Search learning resources').fill('resource 12');
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\?q=resource\+12$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Search results for “resource 12”');
    expect(await resultTitles(page)).toEqual(['Fixture resource 12']);
    expect(await resultCard(page, 'Fixture resource 12').locator('h3 mark').allTextContents()).toEqual([
      'resource',
      '12',
    ]);
    expect(await page.getByLabel('Search for').inputValue()).toBe('resource 12');
  });

  it('lists every facet with counts and narrows by several values of one facet and by another facet', async () => {
    const page = await openPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.web}/search`);
    expect(await page.getByRole('heading', { level: 2, name: '30 learning resources' }).count()).toBe(1);
    const type = page.getByRole('group', { name: 'Type' });
    expect(await type.getByRole('checkbox').count()).toBe(5);
    expect(await type.getByText('Course (6)').count()).toBe(1);
    await type.getByLabel('Course (6)').check();
    await type.getByLabel('Program (6)').check();
    await page.getByRole('group', { name: 'Price' }).getByLabel('Free (26)').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/type=COURSE&type=PROGRAM&free=true/);
    // courses and programs: 12, of which MITPE's 4 are paid
    expect(await page.getByRole('heading', { level: 2, name: '8 learning resources' }).count()).toBe(1);
    // a facet is counted without its own filter: the other types still show what choosing them would add
    expect(await page.getByRole('group', { name: 'Type' }).getByText('Video (6)').count()).toBe(1);
    expect(await page.getByRole('group', { name: 'Type' }).getByLabel('Course (4)').isChecked()).toBe(true);
  });

  it('sorts, pages forward keeping the search, and shows the same page when the address is shared', async () => {
    const page = await openPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.web}/search?q=fixture`);
    await page.getByLabel('Sort by').selectOption('newest');
    await page.getByRole('button', { name: 'Search', exact: true }).last().click();
    await page.waitForURL(/q=fixture&sort=newest/);
    expect((await resultTitles(page)).slice(0, 2)).toEqual(['Fixture resource 1', 'Fixture resource 2']);
    await page.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL(/after=/);
    expect(await resultTitles(page)).toEqual(
      Array.from({ length: 10 }, (_, index) => `Fixture resource ${21 + index}`),
    );
    const shared = await openPage(site.browser);
    await shared.goto(page.url());
    expect(await resultTitles(shared)).toEqual(await resultTitles(page));
    expect(await shared.getByLabel('Sort by').inputValue()).toBe('newest');
  });

  it('offers a correction when few match, and says in a sentence when nothing does', async () => {
    const page = await openPage(site.browser);
    await page.goto(`${site.web}/search?q=${MISSPELLING.typed}`);
    await page.getByRole('link', { name: MISSPELLING.corrected }).click();
    await page.waitForURL(/q=fixture$/);
    expect(await results(page).getByRole('listitem').count()).toBe(20);

    await page.goto(`${site.web}/search?q=nothing-like-this&free=false`);
    expect(await page.locator('.results').textContent()).toContain(
      'No learning resources match “nothing-like-this” with these filters.',
    );
    await page.getByRole('link', { name: 'Search again without filters' }).click();
    await page.waitForURL(/\/search\?q=nothing-like-this$/);
    expect(await page.locator('.results').textContent()).toContain('No learning resources match “nothing-like-this”.');
  });

  it('ignores values it does not know and explains ones the catalog rejects', async () => {
    const page = await openPage(site.browser);
    const ignored = await page.goto(`${site.web}/search?type=SPACESHIP&sort=sideways&free=maybe`);
    expect(ignored?.status()).toBe(200);
    expect(await results(page).getByRole('listitem').count()).toBe(20);
    await page.goto(`${site.web}/search?offeror=nobody`);
    const alert = page.locator('main').getByRole('alert');
    expect(await alert.textContent()).toContain('The catalog did not accept this request');
    await alert.getByRole('link', { name: 'Search again without filters' }).click();
    await expect.poll(() => results(page).getByRole('listitem').count()).toBe(20);
  });

  it('suggests words as you type with JavaScript, from the suggestions route', async () => {
    const page = await openPage(site.browser);
    await page.goto(`${site.web}/search`);
    await page.getByLabel('Search for').pressSequentially('fix');
    await expect
      .poll(() =>
        page
          .locator('#search-words-suggestions option')
          .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value)),
      )
      .toEqual(['fixture']);
    const bad = await fetch(`${site.web}/api/search-suggestions?prefix=`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'prefix must be 1 to 100 characters.' });
  });

  it('has no serious accessibility violations, with results and with filters chosen', async () => {
    const page = await openPage(site.browser);
    await page.goto(`${site.web}/search?q=resource&type=COURSE`);
    await expectNoSeriousAxeViolations(page);
  });
});
