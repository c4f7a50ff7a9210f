import { postGraphQL } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRouterOverFixtures } from './support/start-router.js';

describe('mutations under aliases', () => {
  let fixtures: Awaited<ReturnType<typeof startRouterOverFixtures>>;
  beforeAll(async () => {
    fixtures = await startRouterOverFixtures();
  });
  afterAll(() => fixtures.close());

  it('runs a mutation field once', async () => {
    const response = await postGraphQL(fixtures.router.url, 'mutation { addBook(title: "SICP") { title } }');
    expect(response.data).toEqual({ addBook: { title: 'SICP' } });
    expect(fixtures.subgraphs.books.added).toEqual(['SICP']);
  });

  it('refuses a mutation field repeated under aliases, naming it, and runs none of them', async () => {
    const asked = fixtures.subgraphs.requests();
    const response = await postGraphQL(
      fixtures.router.url,
      'mutation { a: addBook(title: "A") { id } b: addBook(title: "B") { id } c: addBook(title: "C") { id } }',
    );
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      {
        message: 'The mutation selects addBook 3 times; each mutation field may run once per operation.',
        extensions: { code: 'MUTATION_REPEATED', field: 'addBook', count: 3 },
      },
    ]);
    expect(fixtures.subgraphs.requests()).toBe(asked);
    expect(fixtures.subgraphs.books.added).toEqual(['SICP']);
  });

  it('counts a mutation field through fragments', async () => {
    const response = await postGraphQL(
      fixtures.router.url,
      'mutation { ...Add ... on Mutation { ...Add } } fragment Add on Mutation { addBook(title: "D") { id } }',
    );
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'MUTATION_REPEATED', field: 'addBook', count: 2 });
    expect(fixtures.subgraphs.books.added).toEqual(['SICP']);
  });
});
