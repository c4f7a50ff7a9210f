import { postGraphQL } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRouterOverFixtures } from './support/start-router.js';

/** Near misses of names in the schema, each of which graphql-js would answer with "Did you mean …?". */
const nearMisses: Array<[string, string, Record<string, unknown>]> = [
  ['an unknown field', '{ boks { title } }', {}],
  ['an unknown argument', '{ bookPage(frist: 2) { totalCount } }', {}],
  ['an unknown type', 'query ($sort: BookSrot) { books { id } }', {}],
  ['an unknown enum value', '{ bookPage(sort: NEWST) { totalCount } }', {}],
  [
    'an unknown enum value in a variable',
    'query ($sort: BookSort!) { bookPage(sort: $sort) { totalCount } }',
    { sort: 'NEWST' },
  ],
];

type Fixtures = Awaited<ReturnType<typeof startRouterOverFixtures>>;

describe('introspection and suggestions', () => {
  let production: Fixtures;
  let development: Fixtures;
  beforeAll(async () => {
    [production, development] = await Promise.all([
      startRouterOverFixtures(),
      startRouterOverFixtures({ NODE_ENV: 'development' }),
    ]);
  });
  afterAll(() => Promise.all([production.close(), development.close()]));

  it('refuses introspection unless configured, and still answers __typename', async () => {
    for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "Book") { name } }']) {
      const refused = await postGraphQL(production.router.url, query);
      expect(refused.status).toBe(400);
      expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(refused.errors?.[0]?.message).toMatch(/introspection is not allowed/);
    }
    expect((await postGraphQL(production.router.url, '{ __typename }')).data).toEqual({ __typename: 'Query' });
    expect((await postGraphQL(development.router.url, '{ __schema { queryType { name } } }')).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
  });

  it.each(nearMisses)('suggests no names for %s unless configured', async (_case, query, variables) => {
    const hidden = await postGraphQL(production.router.url, query, variables);
    expect(hidden.status).toBe(400);
    expect(hidden.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(hidden.errors)).not.toMatch(/Did you mean/);
    const suggested = await postGraphQL(development.router.url, query, variables);
    expect(JSON.stringify(suggested.errors)).toMatch(/Did you mean/);
  });

  it('keeps the rest of the message', async () => {
    const response = await postGraphQL(production.router.url, '{ bookPage(sort: NEWST) { totalCount } }');
    expect(response.errors?.[0]?.message).toBe('Value "NEWST" does not exist in "BookSort" enum.');
  });
});
