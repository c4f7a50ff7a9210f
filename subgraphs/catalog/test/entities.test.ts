import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../src/etl/run-import.js';
import { ocwToGo } from '../src/etl/sources/ocw-to-go.js';
import { ocwToGoCourses } from './support/bundled-data.js';
import { type CatalogUnderTest, startCatalog } from './support/catalog-under-test.js';

const entitiesQuery = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on LearningResource { id title resourceType } }
}`;

describe('entity resolution for the router', () => {
  let catalog: CatalogUnderTest;
  let ids: string[];

  beforeAll(async () => {
    catalog = await startCatalog();
    await runImport(catalog.db, ocwToGo, [ocwToGoCourses]);
    ids = (await catalog.db.learningResource.findMany({ select: { id: true }, take: 50 })).map((row) => row.id);
  });
  afterAll(() => catalog.close());

  it('resolves 50 references with one SQL query, in the order asked', async () => {
    const representations = [...ids].reverse().map((id) => ({ __typename: 'LearningResource', id }));
    catalog.sql.length = 0;
    const { data, errors } = await catalog.query<{ _entities: Array<{ id: string }> }>(entitiesQuery, {
      representations,
    });
    expect(errors).toBeUndefined();
    expect(data?._entities.map((entity) => entity.id)).toEqual([...ids].reverse());
    expect(catalog.sql).toHaveLength(1);
  });

  it('answers null for a reference to a resource that does not exist', async () => {
    const representations = [
      { __typename: 'LearningResource', id: ids[0] },
      { __typename: 'LearningResource', id: '0190b2a0-0000-7000-8000-00000000ffff' },
    ];
    const { data } = await catalog.query<{ _entities: Array<{ id: string } | null> }>(entitiesQuery, {
      representations,
    });
    expect(data?._entities[0]?.id).toBe(ids[0]);
    expect(data?._entities[1]).toBeNull();
  });
});
