import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe';
import { launchBrowser, openPage } from './support/browser';
import { results, titles } from './support/catalog-page';
import { startFixtureRouter } from './support/fixture-router';
import { Teardown } from './support/teardown';
import { startWebServer } from './support/web-server';

/** A description list as term → value text, the way a reader pairs them. */
async function factsOf(list: Locator): Promise<Record<string, string>> {
  return list.evaluate((dl) =>
    Object.fromEntries(
      [...dl.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent ?? '']),
    ),
  );
}

describe('a resource page', () => {
  const teardown = new Teardown();
  let web: string;
  let browser: Browser;

  beforeAll(async () => {
    const router = teardown.add(await startFixtureRouter('data'));
    web = teardown.add(await startWebServer({ ROUTER_URL: router.url })).url;
    browser = teardown.add(await launchBrowser());
  });
  afterAll(() => teardown.run());

  it('opens from its title in the catalog and shows its title, type, description and a link out', async () => {
    const page = await openPage(browser);
    await page.goto(`${web}/resources`);
    await page.getByRole('link', { name: 'Fixture resource 2', exact: true }).click();
    await page.waitForURL(`${web}/resources/res-2`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Fixture resource 2');
    const main = page.locator('main');
    await expect.poll(() => main.textContent()).toContain('Video');
    expect(await main.textContent()).toContain('More words about it. More words about it.');
    expect(await page.getByRole('link', { name: 'Go to the resource' }).getAttribute('href')).toBe(
      'https://example.org/resources/2',
    );
    expect(await page.title()).toBe('Fixture resource 2 · Learngraph');
  });

  it('is rendered on the server', async () => {
    const response = await fetch(`${web}/resources/res-7`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<h1>Fixture resource 7</h1>');
    expect(html).not.toContain(web);
  });

  it('shows who offers it where, what it costs, its credential and how, when and in what it is taught', async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${web}/resources/res-6`);
    const main = page.locator('main');
    expect(await main.textContent()).toContain('Offered by MIT Professional Education');
    const image = main.getByRole('img', { name: 'Engineers around a prototype' });
    expect([await image.getAttribute('width'), await image.getAttribute('height')]).toEqual(['640', '360']);
    const link = page.getByRole('link', { name: 'Go to the resource on MIT Professional Education' });
    expect(await link.getAttribute('href')).toBe('https://example.org/resources/6');
    expect(await factsOf(main.getByRole('region', { name: 'At a glance' }).locator('dl'))).toEqual({
      Price: '$2,250, $2,500',
      Certificate: 'Professional certificate',
      'Professional education': 'Yes, for working professionals',
      'Next start': 'Mar 4, 2030',
      Availability: 'Runs on set dates',
      Delivery: 'In person, Online',
      Pace: 'Instructor-paced',
      Format: 'Live sessions at set times',
      Duration: '5 days',
      'Time commitment': '8 hrs/day',
      Level: 'Intermediate, Advanced',
      Languages: 'English, Spanish',
      Instructors: 'Ada LovelaceGrace HopperKatherine Johnson',
      Topics: 'EngineeringData Science',
      Departments: 'Electrical Engineering and Computer Science',
    });
    expect(await main.getByRole('listitem').filter({ hasText: 'Data Science' }).count()).toBe(1);
    const about = main.getByRole('region', { name: 'About' });
    expect(await about.locator('p').allTextContents()).toEqual([
      expect.stringMatching(/^Description of fixture resource 6\./),
      'Five days on campus or online.',
      'Bring a laptop.',
    ]);
  });

  it('lists its runs with their term or dates, enrollment deadline, price and instructors', async () => {
    const page = await openPage(browser);
    await page.goto(`${web}/resources/res-6`);
    const sessions = page.getByRole('region', { name: 'Sessions' });
    const runs = sessions.getByRole('article');
    expect(await runs.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Summer 2030',
      'Starting Mar 4, 2030',
      'Fall 2031',
    ]);
    expect(await factsOf(runs.nth(0).locator('dl'))).toEqual({
      Dates: 'Jun 10, 2030 to Jun 14, 2030',
      'Enrollment deadline': 'May 27, 2030',
      Price: '$2,500',
      Instructors: 'Ada LovelaceGrace Hopper',
      Delivery: 'In person',
      Level: 'Advanced',
    });
    expect(await runs.nth(0).getByRole('listitem').allTextContents()).toEqual(['Ada Lovelace', 'Grace Hopper']);
    const second = await factsOf(runs.nth(1).locator('dl'));
    expect(second.Dates).toBe('Mar 4, 2030 to Apr 26, 2030');
    expect(second.Instructors).toBe('Katherine Johnson');
    expect(second).not.toHaveProperty('Enrollment deadline');
    // a run the provider gives no dates shows no empty Dates row
    expect(await factsOf(runs.nth(2).locator('dl'))).toEqual({ Instructors: 'Katherine Johnson' });
  });

  it('lists a program’s courses in order, linking to each, and each course links back to the program', async () => {
    const page = await openPage(browser);
    await page.goto(`${web}/resources/res-4`);
    const courses = page.getByRole('region', { name: 'Courses in this program' });
    expect(await courses.locator('ol > li').count()).toBe(3);
    expect(await courses.getByRole('link').allTextContents()).toEqual(titles(1, 16, 11));
    expect(await courses.getByRole('link').first().getAttribute('href')).toBe('/resources/res-1');

    await courses.getByRole('link', { name: 'Fixture resource 16' }).click();
    await page.waitForURL(`${web}/resources/res-16`);
    const partOf = page.getByRole('region', { name: 'Part of' });
    await expect.poll(() => partOf.getByRole('link').allTextContents()).toEqual(titles(4));
    expect(await partOf.textContent()).toContain('Program');
    await partOf.getByRole('link').click();
    await page.waitForURL(`${web}/resources/res-4`);
    // a resource that is neither: no empty sections
    await page.goto(`${web}/resources/res-2`);
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'About',
      'At a glance',
      'Similar resources',
    ]);
  });

  it('shows provider text with HTML-like characters as text, never as markup', async () => {
    const html = await (await fetch(`${web}/resources/res-5`)).text();
    expect(html).toContain('Notes on &lt;b&gt;vectors&lt;/b&gt; &amp; ');
    expect(html).toContain('&lt;script&gt;window.injected = true&lt;/script&gt;');
    expect(html).not.toMatch(/<script>window\.injected|<b>vectors|<img src=x/);

    const page = await openPage(browser);
    await page.goto(`${web}/resources/res-5`);
    const about = page.getByRole('region', { name: 'About' });
    expect(await about.locator('p').allTextContents()).toEqual([
      'Notes on <b>vectors</b> & "matrices" <script>window.injected = true</script> for 18.06.',
      'First part: <img src=x onerror="window.injected = true">\nwith a second line.',
      'Second part: a < b && b > c.',
    ]);
    expect(await about.locator('b, img, script').count()).toBe(0);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    // the card in the catalog too
    await page.goto(`${web}/resources`);
    expect(await results(page).textContent()).toContain('Notes on <b>vectors</b> & "matrices"');
  });

  it('shows similar resources and the public learning paths that contain it', async () => {
    const page = await openPage(browser);
    await page.goto(`${web}/resources/res-1`);
    const similar = page.getByRole('region', { name: 'Similar resources' });
    expect(await similar.getByRole('heading', { level: 3 }).allTextContents()).toEqual(
      [4, 7, 10, 13, 16, 19].map((n) => `Fixture resource ${n}`),
    );
    const paths = page.getByRole('region', { name: 'In learning paths' });
    expect(await paths.getByRole('link').allTextContents()).toEqual([
      'Linear algebra from scratch',
      'Data science basics',
    ]);
    expect(await paths.textContent()).toContain('1 resource, 1 follower');
    await expectNoSeriousAxeViolations(page);
  });

  it('has no link out when the resource has no URL, and says it has no description', async () => {
    const page = await openPage(browser);
    await page.goto(`${web}/resources/bare`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('A resource without extras');
    expect(await page.locator('main').textContent()).toContain('This resource has no description yet.');
    expect(await page.getByRole('link', { name: 'Go to the resource' }).count()).toBe(0);
    expect(await page.locator('main img').count()).toBe(0);
  });

  it('answers 404 with a helpful page for an unknown or malformed id', async () => {
    const page = await openPage(browser);
    // the catalog rejects a malformed id outright; to a reader it is just as much a link to nothing
    const malformed = await page.goto(`${web}/resources/${encodeURIComponent('<not an id>')}`);
    expect(malformed?.status()).toBe(404);
    const response = await page.goto(`${web}/resources/no-such-resource`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Learning resource not found');
    await page.getByRole('link', { name: 'Browse all learning resources' }).click();
    await expect.poll(() => results(page).getByRole('listitem').count()).toBe(24);
  });
});
