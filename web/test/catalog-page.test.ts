import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe';
import { launchBrowser, openPage } from './support/browser';
import { resultCard, results, resultTitles } from './support/catalog-page';
import { startFixtureRouter } from './support/fixture-router';
import { Teardown } from './support/teardown';
import { startWebServer } from './support/web-server';

describe('the catalog page', () => {
  const teardown = new Teardown();
  let web: string;
  let browser: Browser;

  beforeAll(async () => {
    const router = teardown.add(await startFixtureRouter('data'));
    web = teardown.add(await startWebServer({ ROUTER_URL: router.url })).url;
    browser = teardown.add(await launchBrowser());
  });
  afterAll(() => teardown.run());

  it('lists the first 24 resources in the server-rendered HTML, with the total count', async () => {
    const page = await openPage(browser);
    const response = await page.goto(`${web}/resources`);
    expect(response?.status()).toBe(200);
    const html = (await response?.text()) ?? '';
    expect(html).toContain('Fixture resource 1<');
    expect(html).toContain('Fixture resource 24<');
    expect(html).not.toContain('Fixture resource 25<');
    expect(html).toContain('30 learning resources');
    expect(html).toContain('href="/resources/res-1"');
    // served behind the edge worker at another origin: no link or asset may name this server's own origin
    expect(html).not.toContain(web);
    expect(await page.locator('header').textContent()).toContain('Learngraph');
    expect(await results(page).getByRole('listitem').count()).toBe(24);
  });

  it('shows each resource with its type as a readable label and a shortened description', async () => {
    const page = await openPage(browser);
    await page.goto(`${web}/resources`);
    const card = resultCard(page, 'Fixture resource 3');
    await expect.poll(() => card.textContent()).toContain('Podcast episode');
    const description = (await card.locator('p').textContent()) ?? '';
    expect(description.startsWith('Description of fixture resource 3.')).toBe(true);
    expect(description.endsWith('…')).toBe(true);
    expect(description.length).toBeLessThanOrEqual(200);
  });

  it('shows the offeror, "Free" or the lowest price, the certificate and the next start in the server HTML', async () => {
    const html = await (await fetch(`${web}/resources`)).text();
    expect(html).toContain('>From $2,250<');
    expect(html).toContain('>$1,900<');
    expect(html).toContain('>Free<');
    expect(html).toContain('MIT Professional Education<');
    expect(html).toContain('>Professional certificate<');
    expect(html).toContain('<time dateTime="2030-03-04T00:00:00.000Z">Mar 4, 2030</time>');

    // and each on its own card, read without JavaScript as the server sent it
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${web}/resources`);
    const paid = (await resultCard(page, 'Fixture resource 6').textContent()) ?? '';
    expect(paid).toContain('MIT Professional Education');
    expect(paid).toContain('From $2,250');
    expect(paid).not.toContain('Free');
    expect(paid).toContain('Starts Mar 4, 2030');
    const free = (await resultCard(page, 'Fixture resource 1').textContent()) ?? '';
    expect(free).toMatch(/Offered by MITx/);
    expect(free).toContain('Free');
    expect(free).toContain('Certificate of completion');
    const material = (await resultCard(page, 'Fixture resource 2').textContent()) ?? '';
    expect(material).toContain('MIT OpenCourseWare');
    expect(material).not.toMatch(/Starts|[Cc]ertificate|\$/);
  });

  it('shows a resource’s image at a fixed size, with the provider’s alt text or marked decorative', async () => {
    const page = await openPage(browser);
    await page.goto(`${web}/resources`);
    const described = resultCard(page, 'Fixture resource 1').getByRole('img');
    expect(await described.getAttribute('alt')).toBe('A whiteboard full of equations');
    expect(await described.getAttribute('src')).toBe('https://images.example.org/res-1.svg');
    expect([await described.getAttribute('width'), await described.getAttribute('height')]).toEqual(['400', '225']);
    await expect.poll(() => described.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    // no alt text from the provider: decorative, so screen readers skip it rather than read the file name
    expect(await resultCard(page, 'Fixture resource 4').locator('img').getAttribute('alt')).toBe('');
    expect(await resultCard(page, 'Fixture resource 2').locator('img').count()).toBe(0);
  });

  it('loads the second page through the "Next page" link, which the last page does not have', async () => {
    const page = await openPage(browser);
    await page.goto(`${web}/resources`);
    await page.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL(/\?after=/);
    await expect.poll(() => results(page).getByRole('listitem').count()).toBe(6);
    expect(await resultTitles(page)).toContain('Fixture resource 25');
    expect(await resultTitles(page)).not.toContain('Fixture resource 24');
    expect(await page.getByRole('link', { name: 'Next page' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'First page' }).getAttribute('href')).toBe('/resources');

    // the same page when loaded directly, as a shared link would be
    const direct = await openPage(browser);
    const response = await direct.goto(page.url());
    expect(await response?.text()).toContain('Fixture resource 25<');
  });

  it('shows the first page for an empty or repeated "after" value', async () => {
    const page = await openPage(browser);
    for (const query of ['?after=', '?after=a&after=b']) {
      const response = await page.goto(`${web}/resources${query}`);
      expect(response?.status()).toBe(200);
      expect(await results(page).getByRole('listitem').count()).toBe(24);
    }
  });

  it('explains a cursor the router rejects and links back to the first page', async () => {
    const page = await openPage(browser);
    const response = await page.goto(`${web}/resources?after=not-a-cursor`);
    expect(response?.status()).toBe(200);
    const alert = page.locator('main').getByRole('alert');
    expect(await alert.textContent()).toContain('The catalog did not accept this request');
    expect(await alert.getByRole('link', { name: 'Show all learning resources' }).count()).toBe(0);
    await alert.getByRole('link', { name: 'Back to the first page' }).click();
    await expect.poll(() => results(page).getByRole('listitem').count()).toBe(24);
  });

  it('has no serious accessibility violations, with a filter and a sort chosen', async () => {
    const page = await openPage(browser);
    await page.goto(`${web}/resources?sort=title&free=true`);
    await expectNoSeriousAxeViolations(page);
  });
});
