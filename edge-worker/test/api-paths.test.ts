import { describe, expect, it } from 'vitest';
import { PUBLIC_URL } from './support/edge';
import { useEdge } from './support/fixtures';

describe('API paths', () => {
  const stack = useEdge();

  it.each([
    '/%67raphql',
    '/%2567raphql',
    '/graphql/',
    '//graphql',
    '/GRAPHQL',
    '/GraphQL?x=1',
    '/graphql%2F',
    '/graphql%5C',
    '/graphql;x',
    '/graphql%3Bx',
    '/graphql%20',
    '/graphql%00',
    '/graphql%3Fquery=x',
    '/graphql%2F..%2Fgraphql',
  ])('answers %s 404 NOT_FOUND itself: it normalises to /graphql but is not /graphql as sent', async (path) => {
    const res = await stack.edge.dispatchFetch(`${PUBLIC_URL}${path}`, { method: 'POST', body: '{}' });

    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: 'Nothing is served at this path; the API is at /graphql, /partner/graphql, spelt exactly.',
          extensions: { code: 'NOT_FOUND' },
        },
      ],
    });
    expect(stack.router.received).toHaveLength(0);
    expect(stack.web.received).toHaveLength(0);
  });

  it.each(['/graphqlx', '/graphql/x', '/graphql.json', '/x/graphql', '/%61bout'])(
    'sends %s, which is no API path however read, to the web origin as sent',
    async (path) => {
      const res = await stack.edge.dispatchFetch(`${PUBLIC_URL}${path}`);

      expect(await res.text()).toBe(`web GET ${path}`);
      expect(stack.router.received).toHaveLength(0);
    },
  );
});
