import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser';
import { useFixtureSite } from './support/fixture-site';
import { topics } from './support/fixture-taxonomy';

describe('robots.txt, the sitemaps, page metadata and the version', () => {
  const site = useFixtureSite();

  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);

  it('allows crawling but search results and the API, and names the sitemap on the public origin', async () => {
    const response = await fetch(`${site.web}/robots.txt`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toContain('Disallow: /search\n');
    expect(text).toContain('Sitemap: http://127.0.0.1:8787/sitemap.xml');
  });

  it('indexes sitemaps of pages, paths and resources, each listing absolute addresses', async () => {
    const index = await (await fetch(`${site.web}/sitemap.xml`)).text();
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(locs(index)).toEqual([
      'http://127.0.0.1:8787/sitemaps/pages.xml',
      'http://127.0.0.1:8787/sitemaps/paths.xml',
      'http://127.0.0.1:8787/sitemaps/resources.xml',
    ]);
    const pages = locs(await (await fetch(`${site.web}/sitemaps/pages.xml`)).text());
    expect(pages).toContain(`http://127.0.0.1:8787/topics/${topics.mathematics.id}`);
    expect(pages).toContain('http://127.0.0.1:8787/offerors/mitx');
    expect(pages).toContain('http://127.0.0.1:8787/departments/18');
    const paths = await (await fetch(`${site.web}/sitemaps/paths.xml`)).text();
    expect(paths).toContain('<lastmod>2026-10-01T00:00:00.000Z</lastmod>');
    expect(locs(paths)).toEqual(['http://127.0.0.1:8787/paths/path-algebra', 'http://127.0.0.1:8787/paths/path-data']);
    const resources = locs(await (await fetch(`${site.web}/sitemaps/resources.xml`)).text());
    expect(resources).toHaveLength(30);
    expect(resources[0]).toBe('http://127.0.0.1:8787/resources/res-1');
    expect((await fetch(`${site.web}/sitemaps/other.xml`)).status).toBe(404);
  });

  it('gives a resource page its title, description, canonical address and Open Graph picture', async () => {
    const page = await openPage(site.browser);
    await page.goto(`${site.web}/resources/res-1`);
    expect(await page.title()).toBe('Fixture resource 1 · Learngraph');
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    expect(await meta('meta[name="description"]')).toMatch(/^Description of fixture resource 1\./);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe('/resources/res-1');
    expect(await meta('meta[property="og:title"]')).toBe('Fixture resource 1');
    expect(await meta('meta[property="og:image"]')).toBe('https://images.example.org/res-1.svg');
    await page.goto(`${site.web}/`);
    expect(await page.title()).toBe('Learngraph');
  });

  it('answers the commit it was built from at /api/version', async () => {
    const built = (await (await fetch(`${site.web}/api/version`)).json()) as { buildId: string };
    expect(built).toEqual({ buildId: expect.stringMatching(/^[0-9a-f]{40}$/) });
    // built at this commit or, while a change is being made and tested before it is committed, at the one before
    const commits = execFileSync('git', ['rev-list', '--max-count=2', 'HEAD'], { encoding: 'utf8' }).split('\n');
    expect(commits).toContain(built.buildId);
  });
});
