import type { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_URL, startEdge } from './support/edge';
import { type Origin, startOrigin } from './support/origin';

const STACK = /\bat \S+:\d+|RangeError|Error:/;

describe('unexpected errors', () => {
  let origin: Origin;
  let edge: Miniflare;

  beforeAll(async () => {
    origin = await startOrigin('origin');
    // A status no Response can carry makes relaying the answer throw inside the worker.
    origin.answer = (_, res) => res.writeHead(600).end('odd');
    edge = await startEdge({ ROUTER_ORIGIN: origin.url, WEB_ORIGIN: origin.url });
  });
  afterAll(async () => {
    await edge?.dispose();
    await origin?.close();
  });

  it('answers an API path with a coded JSON 500 that names the request id, without a stack trace', async () => {
    const res = await edge.dispatchFetch(`${PUBLIC_URL}/graphql`, { headers: { 'x-request-id': 'req-500' } });
    const body = await res.text();

    expect(res.status).toBe(500);
    expect(res.headers.get('x-request-id')).toBe('req-500');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(JSON.parse(body)).toEqual({
      errors: [
        {
          message: 'Something went wrong at the edge. Quote request id req-500 when you report it.',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
    expect(body).not.toMatch(STACK);
  });

  it('answers a web path with a small 500 page that names the request id, without a stack trace', async () => {
    const res = await edge.dispatchFetch(`${PUBLIC_URL}/resources`, { headers: { 'x-request-id': 'req-page' } });
    const html = await res.text();

    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('Quote request id req-page when you report it.');
    expect(html).not.toMatch(STACK);
  });
});
