import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../src/etl/run-import.js';
import { ocwToGo } from '../src/etl/sources/ocw-to-go.js';
import { ocwToGoCourses } from './support/bundled-data.js';
import { type CatalogUnderTest, startCatalog } from './support/catalog-under-test.js';

const entitiesQuery = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on LearningResource {
      id title resourceType
      platform { id name }
      offeredBy { id name }
      topics { id name parent { name } }
      departments { id name school { name } }
      prices { amount currency }
      runs { runId semester year levels instructors prices { amount } }
      members { position resource { id } }
      memberOf { id }
    }
  }
}`;

type Entity = {
  id: string;
  title: string;
  platform: { id: string };
  offeredBy: { id: string } | null;
  topics: Array<{ name: string }>;
  departments: Array<{ id: string; school: { name: string } | null }>;
  runs: Array<{ instructors: string[] }>;
};

describe('entity resolution for the router', () => {
  let catalog: CatalogUnderTest;
  let ids: string[];

  beforeAll(async () => {
    catalog = await startCatalog();
    await runImport(catalog.db, ocwToGo, [ocwToGoCourses]);
    ids = (await catalog.db.learningResource.findMany({ select: { id: true }, orderBy: { readableId: 'asc' } })).map(
      (row) => row.id,
    );
  });
  afterAll(() => catalog.close());

  const resolve = async (representationIds: string[]) => {
    catalog.sql.length = 0;
    const response = await catalog.query<{ _entities: Array<Entity | null> }>(entitiesQuery, {
      representations: representationIds.map((id) => ({ __typename: 'LearningResource', id })),
    });
    return { ...response, statements: catalog.sql.length };
  };

  it('resolves 50 resources with their taxonomies, runs, prices and members in a constant number of queries', async () => {
    const five = await resolve(ids.slice(0, 5));
    const fifty = await resolve([...ids.slice(0, 50)].reverse());
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data?._entities.map((entity) => entity?.id)).toEqual([...ids.slice(0, 50)].reverse());
    expect(fifty.statements).toBe(five.statements);
    // one each: resources, platforms, offerors, schools, topics, departments, and the resources' topic
    // links, department links, prices, runs, members and parents
    expect(fifty.statements).toBe(12);
    // OCW files the course under "Mathematics" and "Linear Algebra"; the taxonomy maps both onto Mathematics
    const linearAlgebra = fifty.data?._entities.find((entity) => entity?.title === 'Linear Algebra');
    expect(linearAlgebra?.topics.map((topic) => topic.name)).toEqual(['Mathematics']);
    expect(linearAlgebra).toMatchObject({ platform: { id: 'ocw' }, offeredBy: { id: 'ocw' } });
    expect(linearAlgebra?.departments[0]).toMatchObject({ id: '18', school: { name: 'School of Science' } });
    expect(linearAlgebra?.runs[0]?.instructors.length).toBeGreaterThan(0);
  });

  it('answers null for a reference to a resource that does not exist', async () => {
    const { data } = await resolve([ids[0] as string, '0190b2a0-0000-7000-8000-00000000ffff']);
    expect(data?._entities[0]?.id).toBe(ids[0]);
    expect(data?._entities[1]).toBeNull();
  });

  it('resolves taxonomy entities by id', async () => {
    const { data } = await catalog.query<{ _entities: Array<{ name: string } | null> }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) {
        ... on Platform { name } ... on Offeror { name } ... on Department { name } ... on Topic { name }
      } }`,
      {
        r: [
          { __typename: 'Platform', id: 'mitxonline' },
          { __typename: 'Offeror', id: 'see' },
          { __typename: 'Department', id: '6' },
          { __typename: 'Platform', id: 'nowhere' },
        ],
      },
    );
    expect(data?._entities).toEqual([
      { name: 'MITx Online' },
      { name: 'MIT Sloan Executive Education' },
      { name: 'Electrical Engineering and Computer Science' },
      null,
    ]);
  });

  it('answers each malformed representation with its own coded error while the valid ones resolve', async () => {
    const { status, data, errors } = await catalog.query<{ _entities: Array<{ id: string } | null> }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on LearningResource { id } } }',
      {
        r: [
          { __typename: 'LearningResource', id: 'not-a-uuid' },
          { __typename: 'LearningResource' },
          { __typename: 'LearningResource', id: ids[0]?.toUpperCase() },
          { __typename: 'LearningResource', id: 42 },
          { __typename: 'Nope', id: ids[1] },
          'a string',
          { __typename: 'LearningResource', id: ids[1] },
        ],
      },
    );
    expect(status).toBe(200);
    expect(data?._entities).toEqual([null, null, { id: ids[0] }, null, null, null, { id: ids[1] }]);
    expect(errors?.map((error) => [error.path?.[1], error.extensions?.code])).toEqual(
      [0, 1, 3, 4, 5].map((index) => [index, 'BAD_USER_INPUT']),
    );
  });

  it('keeps serving after a batch of nothing but malformed representations', async () => {
    const hostile = await catalog.query('query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }', {
      r: [
        { __typename: 'LearningResource', id: 'x' },
        { __typename: 'LearningResource', id: '' },
      ],
    });
    expect(hostile.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    const { data } = await resolve([ids[0] as string]);
    expect(data?._entities[0]?.id).toBe(ids[0]);
  });
});
