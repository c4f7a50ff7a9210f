import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe';
import { launchBrowser, openPage } from './support/browser';
import { startFixtureRouter } from './support/fixture-router';
import { Teardown } from './support/teardown';
import { startWebServer } from './support/web-server';

const publicSchema = readFileSync(new URL('../../router/public-schema.graphql', import.meta.url), 'utf8');

describe('the developers page', () => {
  const teardown = new Teardown();
  let web: string;
  let browser: Browser;

  beforeAll(async () => {
    const router = teardown.add(await startFixtureRouter('data'));
    web = teardown.add(await startWebServer({ ROUTER_URL: router.url })).url;
    browser = teardown.add(await launchBrowser());
  });
  afterAll(() => teardown.run());

  it('opens from every page’s footer and says how to get a partner key and send it', async () => {
    const page = await openPage(browser);
    await page.goto(`${web}/`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Developers' }).click();
    await page.waitForURL(`${web}/developers`);
    const main = page.locator('main');
    expect(await main.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Get a partner key',
      'The schema',
      'A first query',
    ]);
    expect(await main.textContent()).toContain('Send it with every request as the x-api-key header');
    await expectNoSeriousAxeViolations(page);
  });

  it('gives an example query with curl against the address the page was reached at, valid for partners', async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${web}/developers`);
    const curl = (await page.locator('pre code').textContent()) ?? '';
    expect(curl).toContain(`curl -s ${web}/partner/graphql`);
    expect(curl).toContain("-H 'x-api-key: lgk_yourprefix_yoursecret'");
    // the query in the example is one the partner endpoint accepts: valid against the public contract
    const body = /-d '(.+)'$/.exec(curl)?.[1] ?? '';
    const { query } = JSON.parse(body) as { query: string };
    expect(validate(buildSchema(publicSchema), parse(query))).toEqual([]);
  });

  it('serves the public schema the site was built with, as a download', async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${web}/developers`);
    const href = await page.getByRole('link', { name: 'Download the schema' }).getAttribute('href');
    expect(href).toBe('/developers/schema.graphql');
    const response = await fetch(`${web}${href}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe(publicSchema);
  });
});
