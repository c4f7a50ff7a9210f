import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogEvent, type IndexedResource, type SearchUnderTest, startSearch } from './support/search-under-test.js';

const searchQuery = `query ($query: String!, $first: Int!, $after: String) {
  search(input: { query: $query }, first: $first, after: $after) {
    totalCount
    edges { cursor score node { id } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type Results = {
  search: {
    totalCount: number;
    edges: Array<{ cursor: string; score: number; node: { id: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const resource = (title: string, description: string | null, published = true): IndexedResource => ({
  id: randomUUID(),
  title,
  description,
  published,
});

// Titles and descriptions of real OpenCourseWare courses.
const linearAlgebra = resource(
  'Linear Algebra',
  'This course covers matrix theory and linear algebra, emphasizing topics useful in other disciplines.',
);
const matrixMethods = resource(
  'Matrix Methods in Data Analysis, Signal Processing, and Machine Learning',
  'Linear algebra concepts are key for understanding and creating machine learning algorithms.',
);
const algorithms = resource(
  'Introduction to Algorithms',
  'This is an introductory course on algorithms and data structures.',
);
const withdrawn = resource('Linear Algebra (withdrawn edition)', null, false);
const poker = resource('Poker Theory and Analytics', 'Poker is a game of skill and probability.');

describe('full-text search', () => {
  let search: SearchUnderTest;
  beforeAll(async () => {
    search = await startSearch();
    for (const item of [linearAlgebra, matrixMethods, algorithms, withdrawn, poker]) {
      await search.applyCatalogEvent(catalogEvent(item, 1));
    }
  });
  afterAll(() => search.close());

  it('finds published resources by their words, the best match first', async () => {
    const { data, errors } = await search.query<Results>(searchQuery, { query: 'linear algebra', first: 10 });
    expect(errors).toBeUndefined();
    expect(data?.search.totalCount).toBe(2);
    expect(data?.search.edges.map((edge) => edge.node.id)).toEqual([linearAlgebra.id, matrixMethods.id]);
    const [first, second] = data?.search.edges ?? [];
    expect(first?.score).toBeGreaterThan(second?.score ?? Number.POSITIVE_INFINITY);
  });

  it('matches word forms (stemming)', async () => {
    const { data } = await search.query<Results>(searchQuery, { query: 'algorithm', first: 10 });
    expect(data?.search.edges.map((edge) => edge.node.id)).toContain(algorithms.id);
  });

  it('understands search-box syntax without errors', async () => {
    for (const query of ['"linear algebra" -machine', 'poker or chess', '"unbalanced', '&|!()']) {
      const { errors } = await search.query<Results>(searchQuery, { query, first: 5 });
      expect(errors).toBeUndefined();
    }
    const { data } = await search.query<Results>(searchQuery, { query: '"linear algebra" -machine', first: 5 });
    expect(data?.search.edges.map((edge) => edge.node.id)).toEqual([linearAlgebra.id]);
  });

  it('pages through results with cursors', async () => {
    const firstPage = await search.query<Results>(searchQuery, { query: 'linear algebra', first: 1 });
    expect(firstPage.data?.search.pageInfo.hasNextPage).toBe(true);
    const secondPage = await search.query<Results>(searchQuery, {
      query: 'linear algebra',
      first: 1,
      after: firstPage.data?.search.pageInfo.endCursor,
    });
    expect(secondPage.data?.search.edges.map((edge) => edge.node.id)).toEqual([matrixMethods.id]);
    expect(secondPage.data?.search.pageInfo.hasNextPage).toBe(false);
  });

  it('drops a resource once the catalog unpublishes it', async () => {
    await search.applyCatalogEvent(catalogEvent({ ...poker, published: false }, 2));
    const { data } = await search.query<Results>(searchQuery, { query: 'poker', first: 5 });
    expect(data?.search.totalCount).toBe(0);
  });

  it('applies an event once however often, and however concurrently, it is delivered', async () => {
    const event = catalogEvent(resource('Delivered five times', null), 1);
    await Promise.all(Array.from({ length: 5 }, () => search.applyCatalogEvent(event)));
    await search.applyCatalogEvent(event);
    expect(await search.db.inboxEvent.count({ where: { id: event.id } })).toBe(1);
    const { data } = await search.query<Results>(searchQuery, { query: 'delivered', first: 5 });
    expect(data?.search.edges.map((edge) => edge.node.id)).toEqual([event.aggregateId]);
  });

  it('exposes the index lag and counts at /metrics', async () => {
    const response = await fetch(`${search.baseUrl}/metrics`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/^learngraph_search_index_lag_seconds \d+(\.\d+)?(e-\d+)?$/m);
    expect(text).toMatch(/^learngraph_search_events_applied_total [1-9]\d*$/m);
    expect(text).toMatch(/^learngraph_search_documents \d+$/m);
  });

  it('refuses empty or overlong queries and foreign cursors', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ query: '   ', first: 5 }, 'input.query'],
      [{ query: 'x'.repeat(201), first: 5 }, 'input.query'],
      [{ query: 'linear', first: 0 }, 'first'],
      [{ query: 'linear', first: 5, after: Buffer.from('["2024-01-01", "x"]').toString('base64url') }, 'after'],
    ];
    for (const [variables, field] of cases) {
      const { errors } = await search.query(searchQuery, variables);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field }] });
    }
  });
});
