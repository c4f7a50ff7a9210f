import { describe, expect, it } from 'vitest';
import { PUBLIC_URL } from './support/edge';
import { useEdge } from './support/fixtures';

describe('routing', () => {
  const stack = useEdge();

  it('routes POST /graphql to the router with method, body, query string and Authorization intact', async () => {
    const body = JSON.stringify({ query: '{ learningResources { id } }' });
    const res = await stack.edge.dispatchFetch(`${PUBLIC_URL}/graphql?op=Resources`, {
      method: 'POST',
      headers: { authorization: 'Bearer learner-token', 'content-type': 'application/json' },
      body,
    });

    expect(res.status).toBe(200);
    expect(await res.text()).toBe('router POST /graphql?op=Resources');
    expect(stack.router.received).toHaveLength(1);
    expect(stack.router.received[0]).toMatchObject({
      method: 'POST',
      url: '/graphql?op=Resources',
      body,
      headers: { authorization: 'Bearer learner-token', 'content-type': 'application/json' },
    });
    expect(stack.web.received).toHaveLength(0);
  });

  it('routes POST /partner/graphql to the router with its x-api-key intact', async () => {
    const body = JSON.stringify({ query: '{ topics { name } }' });
    const res = await stack.edge.dispatchFetch(`${PUBLIC_URL}/partner/graphql`, {
      method: 'POST',
      headers: { 'x-api-key': 'lgk_partner', 'content-type': 'application/json' },
      body,
    });

    expect(await res.text()).toBe('router POST /partner/graphql');
    expect(stack.router.received[0]).toMatchObject({
      url: '/partner/graphql',
      body,
      headers: { 'x-api-key': 'lgk_partner' },
    });
    expect(stack.web.received).toHaveLength(0);
  });

  it('routes GET /graphql with its query string to the router', async () => {
    const query = `query=${encodeURIComponent('{ topics { name } }')}&variables=%7B%7D`;
    const res = await stack.edge.dispatchFetch(`${PUBLIC_URL}/graphql?${query}`);

    expect(await res.text()).toBe(`router GET /graphql?${query}`);
    expect(stack.router.received[0]?.url).toBe(`/graphql?${query}`);
  });

  it.each(['HEAD', 'OPTIONS', 'PUT', 'PATCH', 'DELETE'])('forwards a %s request with its method', async (method) => {
    const res = await stack.edge.dispatchFetch(`${PUBLIC_URL}/graphql`, { method });

    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(stack.router.received.map((request) => request.method)).toEqual([method]);
    await res.body?.cancel();
  });

  it.each(['/', '/resources/x?y=1', '/graphqlx'])('routes %s to the web origin unchanged', async (path) => {
    const res = await stack.edge.dispatchFetch(`${PUBLIC_URL}${path}`);

    expect(res.status).toBe(200);
    expect(res.headers.get('x-origin')).toBe('web');
    expect(await res.text()).toBe(`web GET ${path}`);
    expect(stack.router.received).toHaveLength(0);
  });

  it('streams a request body just within the limit (990 kB) to the origin intact', async () => {
    const body = 'learngraph '.repeat(90_000);
    await stack.edge.dispatchFetch(`${PUBLIC_URL}/uploads`, { method: 'PUT', body });

    expect(stack.web.received[0]?.method).toBe('PUT');
    expect(stack.web.received[0]?.body).toBe(body);
  });

  it('passes a 307 redirect from the web origin through unchanged, without following it', async () => {
    stack.web.answer = (_, res) => res.writeHead(307, { location: '/login?next=%2Fpaths' }).end();
    const res = await stack.edge.dispatchFetch(`${PUBLIC_URL}/paths`, { redirect: 'manual' });

    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe('/login?next=%2Fpaths');
    expect(stack.web.received.map((request) => request.url)).toEqual(['/paths']);
  });

  it("relays the origin's error status, headers and body as they are", async () => {
    stack.web.answer = (_, res) => {
      res.setHeader('set-cookie', ['a=1; Path=/', 'b=2; Path=/']);
      res.writeHead(404, { 'content-type': 'text/html', 'x-next-page': 'not-found' }).end('<h1>Not found</h1>');
    };
    const res = await stack.edge.dispatchFetch(`${PUBLIC_URL}/resources/missing`);

    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html');
    expect(res.headers.get('x-next-page')).toBe('not-found');
    expect(res.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    expect(await res.text()).toBe('<h1>Not found</h1>');
  });

  it('streams the response: the first chunk reaches the client before the origin has finished', async () => {
    let finish = () => {};
    stack.web.answer = (_, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('first;');
      finish = () => res.end('last');
    };
    // Miniflare gzips text for clients that accept it, as Cloudflare's front line does, and gzip holds small chunks
    // back; identity leaves only the worker between origin and client.
    const res = await stack.edge.dispatchFetch(`${PUBLIC_URL}/events`, { headers: { 'accept-encoding': 'identity' } });
    const reader = res.body?.getReader();
    const first = await reader?.read();
    finish();

    expect(new TextDecoder().decode(first?.value)).toBe('first;');
    expect(new TextDecoder().decode((await reader?.read())?.value)).toBe('last');
  }, 10_000);
});
