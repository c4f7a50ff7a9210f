import type { Miniflare } from 'miniflare';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PUBLIC_URL, startEdge } from './support/edge';
import { deadOrigin, type Origin, startOrigin } from './support/origin';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('request ids', () => {
  let web: Origin;
  let edge: Miniflare;

  beforeAll(async () => {
    web = await startOrigin('web');
    edge = await startEdge({ ROUTER_ORIGIN: await deadOrigin(), WEB_ORIGIN: web.url });
  });
  afterAll(async () => {
    await edge?.dispose();
    await web?.close();
  });
  beforeEach(() => web.reset());

  it('generates an id when none is sent, returns it and forwards the same one to the origin', async () => {
    const res = await edge.dispatchFetch(`${PUBLIC_URL}/`);
    const id = res.headers.get('x-request-id');

    expect(id).toMatch(UUID);
    expect(web.received[0]?.headers['x-request-id']).toBe(id);
  });

  it('gives each request its own id', async () => {
    const ids = await Promise.all(
      [1, 2, 3].map(async () => (await edge.dispatchFetch(`${PUBLIC_URL}/`)).headers.get('x-request-id')),
    );

    expect(new Set(ids).size).toBe(3);
  });

  it.each(['req_01HZX3:a.b-c', 'a'.repeat(128)])('keeps a valid incoming x-request-id (%s)', async (incoming) => {
    const res = await edge.dispatchFetch(`${PUBLIC_URL}/`, { headers: { 'x-request-id': incoming } });

    expect(res.headers.get('x-request-id')).toBe(incoming);
    expect(web.received[0]?.headers['x-request-id']).toBe(incoming);
  });

  it.each([
    ['one with unsafe characters', '<script>alert(1)</script>'],
    ['one with spaces', 'id with spaces'],
    ['one longer than 128 characters', 'a'.repeat(129)],
  ])('replaces %s with a fresh id', async (_, incoming) => {
    const res = await edge.dispatchFetch(`${PUBLIC_URL}/`, { headers: { 'x-request-id': incoming } });

    expect(res.headers.get('x-request-id')).toMatch(UUID);
    expect(web.received[0]?.headers['x-request-id']).toBe(res.headers.get('x-request-id'));
  });

  it('puts the id on answers the edge makes itself, such as the 502 when the router is down', async () => {
    const res = await edge.dispatchFetch(`${PUBLIC_URL}/graphql`, { headers: { 'x-request-id': 'trace-502' } });

    expect(res.status).toBe(502);
    expect(res.headers.get('x-request-id')).toBe('trace-502');
    await res.body?.cancel();
  });
});
