import { postGraphQL } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRouterOverFixtures } from './support/start-router.js';

const pageOf = 'query Page($first: Int!) { bookPage(first: $first) { edges { node { title } } } }';

describe('the limits on a query sent again (measures kept per parsed document)', () => {
  let fixtures: Awaited<ReturnType<typeof startRouterOverFixtures>>;
  beforeAll(async () => {
    fixtures = await startRouterOverFixtures({ MAX_COST: '50', MAX_ALIASES: '1' });
  });
  afterAll(() => fixtures.close());

  it('refuse it every time with the same measure', async () => {
    const query = '{ a: books { title } b: books { title } }';
    const first = await postGraphQL(fixtures.router.url, query);
    const second = await postGraphQL(fixtures.router.url, query);
    expect(first.errors?.[0]?.extensions).toMatchObject({ code: 'MAX_ALIASES_EXCEEDED', value: 2 });
    expect(second.errors).toEqual(first.errors);
  });

  it('follow its variables: the same document is refused for cost with a large page and answers with a small one', async () => {
    expect((await postGraphQL(fixtures.router.url, pageOf, { first: 100 })).errors?.[0]?.extensions).toMatchObject({
      code: 'COST_LIMIT_EXCEEDED',
    });
    expect((await postGraphQL(fixtures.router.url, pageOf, { first: 2 })).errors).toBeUndefined();
    expect((await postGraphQL(fixtures.router.url, pageOf, { first: 100 })).errors?.[0]?.extensions).toMatchObject({
      code: 'COST_LIMIT_EXCEEDED',
    });
  });
});
