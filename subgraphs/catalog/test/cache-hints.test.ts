import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../src/etl/run-import.js';
import { ocwToGo } from '../src/etl/sources/ocw-to-go.js';
import { ocwToGoCourses } from './support/bundled-data.js';
import { type CatalogUnderTest, startCatalog } from './support/catalog-under-test.js';

const listQuery = `{
  learningResources(first: 3) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id title image { url } offeredBy { name } prices { amount } runs { runId prices { amount } } } }
  }
}`;

const entitiesQuery = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on LearningResource { id title topics { name } runs { runId } } }
}`;

describe('the Cache-Control the catalog sends the router', () => {
  let catalog: CatalogUnderTest;
  let id: string;

  beforeAll(async () => {
    catalog = await startCatalog();
    await runImport(catalog.db, ocwToGo, [ocwToGoCourses]);
    id = (await catalog.db.learningResource.findFirstOrThrow({ select: { id: true } })).id;
  });
  afterAll(() => catalog.close());

  /** The answer's Cache-Control, once the answer is known to have no errors. */
  const cacheControlOf = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await catalog.send(query, variables, token);
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    return response.headers.get('cache-control');
  };

  it('lets anyone keep a page of resources for a minute', async () => {
    expect(await cacheControlOf(listQuery)).toBe('max-age=60, public');
  });

  it('lets anyone keep the taxonomies for ten minutes', async () => {
    expect(await cacheControlOf('{ topics { id name children { name } } offerors { id name } }')).toBe(
      'max-age=600, public',
    );
  });

  it('lets anyone keep resources the router fetches as entities, for the shortest of their types', async () => {
    const representations = [{ __typename: 'LearningResource', id }];
    expect(await cacheControlOf(entitiesQuery, { representations })).toBe('max-age=60, public');
  });

  it('keeps the same answers private when a signed-in caller asks: editors see more than anyone', async () => {
    const editor = await catalog.tokenFor(['EDITOR']);
    expect([
      await cacheControlOf(listQuery, {}, editor),
      await cacheControlOf('{ topics { id } }', {}, editor),
    ]).toEqual(['max-age=60, private', 'max-age=600, private']);
  });

  it('never lets a change be kept', async () => {
    const cacheControl = await cacheControlOf(
      `mutation ($id: ID!) { learningResourceViewRecord(id: $id, visitorKey: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa") { success } }`,
      { id },
    );
    expect(cacheControl).toBe('no-store');
  });
});
