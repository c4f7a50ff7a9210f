import { describe, expect, it } from 'vitest';
import { PUBLIC_URL } from './support/edge';
import { useEdge } from './support/fixtures';

const preflight = (origin: string) =>
  ({
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, x-api-key',
    },
  }) as const;

describe('CORS of the partner API', () => {
  const stack = useEdge();

  it('answers a preflight from an https origin itself, allowing POST with an API key, without asking the router', async () => {
    const res = await stack.edge.dispatchFetch(
      `${PUBLIC_URL}/partner/graphql`,
      preflight('https://portal.example.edu'),
    );

    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://portal.example.edu');
    expect(res.headers.get('access-control-allow-methods')).toBe('POST,GET');
    expect(res.headers.get('access-control-allow-headers')).toBe('content-type,x-api-key');
    expect(res.headers.get('access-control-max-age')).toBe('600');
    expect(res.headers.get('vary')).toMatch(/Origin/);
    expect(stack.router.received).toHaveLength(0);
  });

  it.each(['http://portal.example.edu', 'null', 'https://portal.example.edu/path'])(
    'allows no preflight from %s, which no partner app can register',
    async (origin) => {
      const res = await stack.edge.dispatchFetch(`${PUBLIC_URL}/partner/graphql`, preflight(origin));

      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(stack.router.received).toHaveLength(0);
    },
  );

  it("passes the router's answer to the request itself through, CORS headers and all", async () => {
    stack.router.answer = (request, response) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        'access-control-allow-origin': String(request.headers.origin),
        'access-control-expose-headers': 'RateLimit-Limit',
      });
      response.end('{"data":{}}');
    };
    const res = await stack.edge.dispatchFetch(`${PUBLIC_URL}/partner/graphql`, {
      method: 'POST',
      headers: { origin: 'https://portal.example.edu', 'x-api-key': 'lgk_partner', 'content-type': 'application/json' },
      body: '{"query":"{ topics { id } }"}',
    });

    expect(res.headers.get('access-control-allow-origin')).toBe('https://portal.example.edu');
    expect(res.headers.get('access-control-expose-headers')).toBe('RateLimit-Limit');
    expect(stack.router.received[0]?.headers.origin).toBe('https://portal.example.edu');
  });

  it('leaves preflights of the first-party /graphql to the router, as before', async () => {
    await stack.edge.dispatchFetch(`${PUBLIC_URL}/graphql`, preflight('https://portal.example.edu'));

    expect(stack.router.received.map((request) => request.method)).toEqual(['OPTIONS']);
  });
});
