import { type IncomingHttpHeaders, request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { PUBLIC_URL } from './support/edge';
import { useEdge } from './support/fixtures';

// fetch refuses to send hop-by-hop headers, so these requests go out through node:http as a raw client would.
function rawRequest(url: URL, method: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders }>((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('forwarding', () => {
  const stack = useEdge();

  it("tells the origin the public host, the protocol and the client's address from cf-connecting-ip", async () => {
    await stack.edge.dispatchFetch(`${PUBLIC_URL}/resources`, {
      headers: { 'cf-connecting-ip': '203.0.113.7', 'x-forwarded-for': '10.6.6.6' },
    });

    expect(stack.web.received[0]?.headers).toMatchObject({
      host: new URL(stack.web.url).host,
      'x-forwarded-host': 'learngraph.test',
      'x-forwarded-proto': 'https',
      'x-forwarded-for': '203.0.113.7',
    });
  });

  it("passes the client's W3C trace context to the router, with the request id, so its trace continues there", async () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const res = await stack.edge.dispatchFetch(`${PUBLIC_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent, tracestate: 'vendor=1' },
      body: '{"query":"{ __typename }"}',
    });

    expect(stack.router.received[0]?.headers).toMatchObject({
      traceparent,
      tracestate: 'vendor=1',
      'x-request-id': res.headers.get('x-request-id'),
    });
  });

  it('drops hop-by-hop request headers, including those that Connection names, and keeps the rest', async () => {
    await rawRequest(new URL('/graphql', await stack.edge.ready), 'POST', {
      connection: 'x-hop, keep-alive',
      'x-hop': 'only for the next hop',
      'keep-alive': 'timeout=5',
      'proxy-authorization': 'Basic cHJveHk6c2VjcmV0',
      te: 'trailers',
      upgrade: 'h2c',
      authorization: 'Bearer learner-token',
      'x-client': 'mobile',
    });

    const headers = stack.router.received[0]?.headers ?? {};
    expect(headers).toMatchObject({ authorization: 'Bearer learner-token', 'x-client': 'mobile' });
    for (const name of ['x-hop', 'keep-alive', 'proxy-authorization', 'te', 'upgrade']) {
      expect(headers).not.toHaveProperty(name);
    }
  });

  it('drops hop-by-hop response headers, including those that Connection names, and keeps the rest', async () => {
    stack.web.answer = (_, res) =>
      res
        .writeHead(200, {
          connection: 'x-hop',
          'x-hop': 'only for the next hop',
          'proxy-authenticate': 'Basic',
          'x-page': 'home',
        })
        .end('ok');
    const res = await rawRequest(new URL('/', await stack.edge.ready), 'GET', {});

    expect(res.headers['x-page']).toBe('home');
    expect(res.headers).not.toHaveProperty('x-hop');
    expect(res.headers).not.toHaveProperty('proxy-authenticate');
  });
});
