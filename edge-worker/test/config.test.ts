import type { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_URL, startEdge } from './support/edge';
import { type Origin, startOrigin } from './support/origin';

describe('configuration', () => {
  let origin: Origin;
  const edges: Miniflare[] = [];

  async function edgeWith(vars: Record<string, string>): Promise<Miniflare> {
    const edge = await startEdge(vars);
    edges.push(edge);
    return edge;
  }

  beforeAll(async () => {
    origin = await startOrigin('origin');
  });
  afterAll(async () => {
    await Promise.all(edges.map((edge) => edge.dispose()));
    await origin?.close();
  });

  it.each([
    ['is not a URL', 'router:4000'],
    ['is not http(s)', 'ftp://127.0.0.1:4000'],
    ['has a path', 'http://127.0.0.1:4000/graphql'],
  ])('answers 500 naming ROUTER_ORIGIN when it %s, without a stack trace', async (_, value) => {
    const edge = await edgeWith({ ROUTER_ORIGIN: value, WEB_ORIGIN: origin.url });
    const res = await edge.dispatchFetch(`${PUBLIC_URL}/graphql`);
    const body = await res.text();

    expect(res.status).toBe(500);
    expect(body).toContain('ROUTER_ORIGIN must be an absolute http(s) origin');
    expect(body).not.toMatch(/\bat \S+:\d+|HTTPException|Error:/);
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(origin.received).toHaveLength(0);
  });

  it('answers 500 naming WEB_ORIGIN when it is not set, on every path', async () => {
    const edge = await edgeWith({ ROUTER_ORIGIN: origin.url });

    for (const path of ['/', '/graphql']) {
      const res = await edge.dispatchFetch(`${PUBLIC_URL}${path}`);
      expect(res.status).toBe(500);
      expect(await res.text()).toContain('WEB_ORIGIN is not set');
    }
  });

  it.each(['lots', '0', '-1', '1.5', '1e6'])(
    'answers 500 EDGE_MISCONFIGURED naming MAX_BODY_BYTES when it is %s',
    async (value) => {
      const edge = await edgeWith({ ROUTER_ORIGIN: origin.url, WEB_ORIGIN: origin.url, MAX_BODY_BYTES: value });
      const res = await edge.dispatchFetch(`${PUBLIC_URL}/graphql`, { method: 'POST', body: '{}' });

      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({
        errors: [
          {
            message: 'Edge misconfigured: MAX_BODY_BYTES must be a whole number of bytes above 0, such as 1000000.',
            extensions: { code: 'EDGE_MISCONFIGURED' },
          },
        ],
      });
      expect(origin.received).toHaveLength(0);
    },
  );

  it('accepts origins with a trailing slash', async () => {
    const edge = await edgeWith({ ROUTER_ORIGIN: `${origin.url}/`, WEB_ORIGIN: `${origin.url}/` });
    const res = await edge.dispatchFetch(`${PUBLIC_URL}/graphql?x=1`);

    expect(await res.text()).toBe('origin GET /graphql?x=1');
  });
});
