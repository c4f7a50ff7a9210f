import { chromiumLaunchOptions, generateRouterKey } from '@learngraph/service-kit/testing';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';
import { fixtureSources, startFixtureSubgraphs } from './support/fixture-subgraphs.js';
import { startTestRouter } from './support/start-router.js';

describe('GraphiQL at GET /graphql', () => {
  const routerKey = generateRouterKey();
  let subgraphs: Awaited<ReturnType<typeof startFixtureSubgraphs>>;
  let development: Awaited<ReturnType<typeof startTestRouter>>;
  let production: Awaited<ReturnType<typeof startTestRouter>>;
  let browser: Browser;

  beforeAll(async () => {
    subgraphs = await startFixtureSubgraphs(routerKey);
    const router = (env: Record<string, string>) =>
      startTestRouter({ subgraphs: fixtureSources(subgraphs), routerKey, env });
    development = await router({ NODE_ENV: 'development', GRAPHIQL: 'true', INTROSPECTION: 'true' });
    production = await router({ NODE_ENV: 'production' });
    browser = await chromium.launch(chromiumLaunchOptions());
  });
  afterAll(async () => {
    await browser?.close();
    await development.close();
    await production.close();
    await subgraphs.close();
  });

  it('is on in development only', () => {
    const env = { JWKS_URL: 'http://127.0.0.1:9/jwks.json', ROUTER_SUBGRAPH_KEY: routerKey };
    expect(readConfig([], { ...env, NODE_ENV: 'development' }).GRAPHIQL).toBe(true);
    expect(readConfig([], { ...env, NODE_ENV: 'production' }).GRAPHIQL).toBe(false);
  });

  it('loads with every request to another origin blocked, and runs a query', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    const elsewhere: string[] = [];
    await page.route(
      (url) => url.origin !== development.baseUrl,
      (route) => {
        elsewhere.push(route.request().url());
        return route.abort('blockedbyclient');
      },
    );
    await page.goto(development.url);
    const editor = page.locator('.graphiql-query-editor .CodeMirror');
    await editor.waitFor();
    // CodeMirror keeps its editor on the element; typing would fight its bracket completion.
    await editor.evaluate((element: unknown, query) => {
      (element as { CodeMirror: { setValue(text: string): void } }).CodeMirror.setValue(query);
    }, '{ books { title } }');
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => page.locator('.graphiql-response').textContent(), { timeout: 10_000 })
      .toContain('Structure and Interpretation of Computer Programs');
    expect(elsewhere).toEqual([]);
    await page.close();
  });

  it('is not served in production, where GET /graphql is GraphQL only', async () => {
    const response = await fetch(production.url, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type')).not.toContain('text/html');
    expect(response.status).toBe(400);
    expect((await fetch(`${production.baseUrl}/graphiql/graphiql.js`)).status).toBe(404);
  });
});
