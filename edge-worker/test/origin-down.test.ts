import type { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_URL, startEdge } from './support/edge';
import { deadOrigin, type Origin, startOrigin } from './support/origin';

describe('when an origin is down', () => {
  let up: Origin;
  let routerDown: Miniflare;
  let webDown: Miniflare;

  beforeAll(async () => {
    up = await startOrigin('up');
    const down = await deadOrigin();
    [routerDown, webDown] = await Promise.all([
      startEdge({ ROUTER_ORIGIN: down, WEB_ORIGIN: up.url }),
      startEdge({ ROUTER_ORIGIN: up.url, WEB_ORIGIN: down }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([routerDown?.dispose(), webDown?.dispose()]);
    await up?.close();
  });

  it('answers /graphql with a 502 GraphQL error coded ORIGIN_UNAVAILABLE when the router is down', async () => {
    const res = await routerDown.dispatchFetch(`${PUBLIC_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({
      errors: [{ message: 'The API is temporarily unavailable.', extensions: { code: 'ORIGIN_UNAVAILABLE' } }],
    });
  });

  it('still serves the web origin while the router is down', async () => {
    const res = await routerDown.dispatchFetch(`${PUBLIC_URL}/`);

    expect(await res.text()).toBe('up GET /');
  });

  it.each(['/', '/resources/x?y=1'])(
    'answers %s with a 503 HTML maintenance page and Retry-After when the web origin is down',
    async (path) => {
      const res = await webDown.dispatchFetch(`${PUBLIC_URL}${path}`);
      const html = await res.text();

      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(html).toMatch(/^<!doctype html>/);
      expect(html).toContain('Learngraph is briefly unavailable');
      // Self-contained: nothing to load from the origin that is down.
      expect(html).not.toMatch(/<(link|script|img)\b/);
    },
  );

  it('still serves /graphql while the web origin is down', async () => {
    const res = await webDown.dispatchFetch(`${PUBLIC_URL}/graphql`);

    expect(await res.text()).toBe('up GET /graphql');
  });

  it("relays an origin's own 5xx answer rather than replacing it", async () => {
    up.answer = (_, res) => res.writeHead(500, { 'content-type': 'application/json' }).end('{"errors":[]}');
    const res = await webDown.dispatchFetch(`${PUBLIC_URL}/graphql`);

    expect(res.status).toBe(500);
    expect(await res.text()).toBe('{"errors":[]}');
    up.reset();
  });
});
