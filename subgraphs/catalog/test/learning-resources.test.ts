import type { GraphQLResponse } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../src/etl/run-import.js';
import { ocwToGo } from '../src/etl/sources/ocw-to-go.js';
import { ocwToGoCourses } from './support/bundled-data.js';
import { type CatalogUnderTest, startCatalog } from './support/catalog-under-test.js';

type Page = {
  learningResources: {
    totalCount: number;
    edges: Array<{ cursor: string; node: { id: string; title: string; readableId: string } }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
};

const pageQuery = `query Page($first: Int!, $after: String) {
  learningResources(first: $first, after: $after) {
    totalCount
    edges { cursor node { id title readableId } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

describe('learning resources', () => {
  let catalog: CatalogUnderTest;

  beforeAll(async () => {
    catalog = await startCatalog();
    await runImport(catalog.db, ocwToGo, [ocwToGoCourses]);
  });
  afterAll(() => catalog.close());

  it('pages through every published resource without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const response: GraphQLResponse<Page> = await catalog.query<Page>(pageQuery, { first: 25, after });
      expect(response.errors).toBeUndefined();
      const page: Page['learningResources'] | undefined = response.data?.learningResources;
      if (!page) throw new Error('no page');
      total = page.totalCount;
      seen.push(...page.edges.map((edge) => edge.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBe(59);
    expect(new Set(seen).size).toBe(59);
  });

  it('finds one resource by id with the fields the provider sent', async () => {
    const first = await catalog.query<Page>(pageQuery, { first: 1 });
    const id = first.data?.learningResources.edges[0]?.node.id;
    const { data } = await catalog.query<{ learningResource: Record<string, unknown> }>(
      'query ($id: ID!) { learningResource(id: $id) { id readableId resourceType title url } }',
      { id },
    );
    expect(data?.learningResource).toMatchObject({ id, resourceType: 'COURSE' });
    expect(String(data?.learningResource.url)).toMatch(/^https:\/\/ocw\.mit\.edu\/courses\//);
  });

  it('answers null for an id that does not exist and BAD_USER_INPUT for one that cannot exist', async () => {
    const missing = await catalog.query('{ learningResource(id: "0190b2a0-0000-7000-8000-00000000ffff") { id } }');
    expect(missing.data).toEqual({ learningResource: null });
    const malformed = await catalog.query('{ learningResource(id: "course-1") { id } }');
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: 'id', message: 'id is not a valid id.' }]);
  });

  it('refuses a page larger than the cap, naming the argument', async () => {
    const { errors, data } = await catalog.query(pageQuery, { first: 101 });
    expect(data).toBeNull();
    expect(errors?.[0]?.message).toBe('first must be between 1 and 100.');
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'first' }] });
  });

  it('refuses a cursor it did not issue', async () => {
    for (const after of ['not-a-cursor', Buffer.from('["x"]').toString('base64url')]) {
      const { errors } = await catalog.query(pageQuery, { first: 5, after });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'after' }] });
    }
  });

  it('hides unpublished resources from lists and look-ups', async () => {
    const resource = await catalog.db.learningResource.findFirstOrThrow({
      where: { readableId: '6-006-introduction-to-algorithms-spring-2020' },
    });
    await catalog.db.learningResource.update({ where: { id: resource.id }, data: { published: false } });
    try {
      const one = await catalog.query('query ($id: ID!) { learningResource(id: $id) { id } }', { id: resource.id });
      expect(one.data).toEqual({ learningResource: null });
      const page = await catalog.query<Page>(pageQuery, { first: 1 });
      expect(page.data?.learningResources.totalCount).toBe(58);
    } finally {
      await catalog.db.learningResource.update({ where: { id: resource.id }, data: { published: true } });
    }
  });
});
