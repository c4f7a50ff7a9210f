import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe';
import { openPage } from './support/browser';
import { results, resultTitles } from './support/catalog-page';
import { useFixtureSite } from './support/fixture-site';
import { topics } from './support/fixture-taxonomy';

describe('topic, offeror and department pages', () => {
  const site = useFixtureSite();

  it('opens a topic from a resource page and lists the resources on it', async () => {
    const page = await openPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.web}/resources/res-6`);
    await page.getByRole('link', { name: 'Data Science', exact: true }).click();
    await page.waitForURL(`${site.web}/topics/${topics.dataScience.id}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Data Science');
    expect(await resultTitles(page)).toEqual(['Fixture resource 6']);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`/topics/${topics.dataScience.id}`);
  });

  it('pages through an offeror’s resources, reached from a card', async () => {
    const page = await openPage(site.browser);
    await page.goto(`${site.web}/resources`);
    await results(page).getByRole('link', { name: 'MITx', exact: true }).first().click();
    await page.waitForURL(`${site.web}/offerors/mitx`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('MITx');
    expect(await page.getByRole('heading', { level: 2, name: '10 learning resources' }).count()).toBe(1);
    expect(await results(page).getByRole('listitem').count()).toBe(10);
    expect(await page.title()).toBe('MITx · Learngraph');
  });

  it('opens a department from a resource page, with its school', async () => {
    const page = await openPage(site.browser);
    await page.goto(`${site.web}/resources/res-6`);
    await page.getByRole('link', { name: 'Electrical Engineering and Computer Science' }).click();
    await page.waitForURL(`${site.web}/departments/6`);
    expect(await page.locator('main').textContent()).toContain('School of Engineering');
    expect(await resultTitles(page)).toEqual(['Fixture resource 6']);
    await expectNoSeriousAxeViolations(page);
  });

  it('answers 404 for a topic, offeror or department that does not exist, and explains a stale page link', async () => {
    for (const path of ['/topics/no-such-topic', '/topics/NOT%20AN%20ID', '/offerors/nobody', '/departments/99']) {
      const response = await fetch(`${site.web}${path}`);
      expect(response.status, path).toBe(404);
    }
    const page = await openPage(site.browser);
    await page.goto(`${site.web}/offerors/mitx?after=stale`);
    const alert = page.locator('main').getByRole('alert');
    expect(await alert.textContent()).toContain('The catalog did not accept this request');
    await alert.getByRole('link', { name: 'Back to the first page' }).click();
    await page.waitForURL(`${site.web}/offerors/mitx`);
  });
});
