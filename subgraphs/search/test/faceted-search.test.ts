import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fixtureResources,
  linearAlgebra,
  quantumComputing,
  quantumLecture,
  quantumPhysics,
  topics,
} from './support/fixture-resources.js';
import { catalogEvent, type SearchUnderTest, startSearch } from './support/search-under-test.js';

const searchQuery = `query ($input: SearchInput!, $first: Int! = 20) {
  search(input: $input, first: $first) {
    totalCount
    edges { node { id } }
    facets {
      resourceTypes { value count } resourceTypeGroups { value count } topics { value label count }
      offerors { value label count } platforms { value label count } departments { value label count }
      levels { value count } certification { value count } certificationTypes { value count }
      free { value count } professional { value count } delivery { value count } languages { value count }
    }
  }
}`;

type FacetValue = { value: string; label?: string | null; count: number };
type Results = {
  search: { totalCount: number; edges: Array<{ node: { id: string } }>; facets: Record<string, FacetValue[]> };
};

describe('filters, facets and sorts', () => {
  let search: SearchUnderTest;
  const run = async (input: Record<string, unknown>) => {
    const { data, errors } = await search.query<Results>(searchQuery, { input });
    expect(errors).toBeUndefined();
    return data?.search ?? { totalCount: 0, edges: [], facets: {} };
  };
  const ids = async (input: Record<string, unknown>) => (await run(input)).edges.map((edge) => edge.node.id);
  const counts = (values: FacetValue[] | undefined) =>
    Object.fromEntries((values ?? []).map((value) => [value.value, value.count]));

  beforeAll(async () => {
    search = await startSearch();
    for (const item of fixtureResources) await search.applyCatalogEvent(catalogEvent(item, 1));
  });
  afterAll(() => search.close());

  it('filters on every facet', async () => {
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ resourceTypes: ['VIDEO'] }, [quantumLecture.id]],
      [{ resourceTypeGroups: ['LEARNING_MATERIAL'] }, [quantumLecture.id]],
      [{ topics: [topics.physics.id] }, [quantumPhysics.id, quantumLecture.id]],
      [{ offerors: ['xpro'] }, [quantumComputing.id]],
      [{ platforms: ['youtube'] }, [quantumLecture.id]],
      [{ departments: ['18'] }, [linearAlgebra.id]],
      [{ levels: ['ADVANCED'] }, [quantumComputing.id]],
      [{ certification: true }, [quantumComputing.id]],
      [{ certificationTypes: ['PROFESSIONAL'] }, [quantumComputing.id]],
      [{ free: false }, [quantumComputing.id]],
      [{ professional: true }, [quantumComputing.id]],
      [{ delivery: ['HYBRID', 'IN_PERSON'] }, [quantumComputing.id, linearAlgebra.id]],
      [{ languages: ['es'] }, [quantumLecture.id]],
    ];
    for (const [filter, expected] of cases) {
      expect((await ids({ filter, sort: 'NEWEST' })).sort(), JSON.stringify(filter)).toEqual(expected.sort());
    }
  });

  it('includes sub-topics in a topic filter', async () => {
    const found = await ids({ filter: { topics: [topics.science.id] } });
    expect(found.sort()).toEqual([quantumPhysics.id, quantumComputing.id, quantumLecture.id].sort());
  });

  it('combines text, values of one facet (any) and facets (all)', async () => {
    const found = await ids({ query: 'quantum', filter: { resourceTypes: ['COURSE', 'VIDEO'], free: true } });
    expect(found.sort()).toEqual([quantumPhysics.id, quantumLecture.id].sort());
  });

  it('counts a text search sorted otherwise than by relevance, and reads topic ids in any letter case', async () => {
    const input = { query: 'quantum', filter: { topics: [topics.physics.id.toUpperCase()] } };
    const newest = await run({ ...input, sort: 'NEWEST' });
    expect(newest.edges.map((edge) => edge.node.id)).toEqual([quantumLecture.id, quantumPhysics.id]);
    expect(newest.totalCount).toBe(2);
    expect(counts(newest.facets.topics)).toMatchObject({ [topics.physics.id]: 2 });
    expect((await run(input)).totalCount).toBe(2);
  });

  it('counts each facet with every filter but its own, so a choice keeps its alternatives', async () => {
    const page = await run({ query: 'quantum', filter: { resourceTypes: ['VIDEO'] } });
    expect(page.totalCount).toBe(1);
    expect(counts(page.facets.resourceTypes)).toEqual({ COURSE: 1, PROGRAM: 1, VIDEO: 1 });
    expect(counts(page.facets.platforms)).toEqual({ youtube: 1 });
    expect(counts(page.facets.languages)).toEqual({ en: 1, es: 1 });
    expect(page.facets.topics).toEqual(
      expect.arrayContaining([{ value: topics.physics.id, label: 'Physics', count: 1 }]),
    );
  });

  it('counts every facet of the whole catalog when nothing is asked', async () => {
    const page = await run({});
    expect(page.totalCount).toBe(4);
    expect(counts(page.facets.resourceTypeGroups)).toEqual({ COURSE: 2, PROGRAM: 1, LEARNING_MATERIAL: 1 });
    expect(counts(page.facets.topics)).toEqual({
      [topics.science.id]: 3,
      [topics.physics.id]: 2,
      [topics.mathematics.id]: 1,
    });
    expect(counts(page.facets.free)).toEqual({ true: 3, false: 1 });
    expect(counts(page.facets.certification)).toEqual({ true: 1, false: 3 });
    expect(counts(page.facets.delivery)).toEqual({ ONLINE: 3, HYBRID: 1, IN_PERSON: 1 });
    expect(page.facets.offerors).toContainEqual({ value: 'xpro', label: 'MIT xPRO', count: 1 });
    expect(page.facets.departments).toContainEqual({ value: '8', label: 'Physics', count: 1 });
  });

  it('sorts by relevance, newest, most viewed and upcoming start', async () => {
    // Both words in the title beat one in the title and one in a topic.
    expect(await ids({ query: 'quantum physics' })).toEqual([quantumPhysics.id, quantumLecture.id]);
    expect(await ids({ sort: 'NEWEST' })).toEqual([
      quantumComputing.id,
      quantumLecture.id,
      quantumPhysics.id,
      linearAlgebra.id,
    ]);
    expect(await ids({ sort: 'MOST_VIEWED' })).toEqual([
      quantumLecture.id,
      linearAlgebra.id,
      quantumPhysics.id,
      quantumComputing.id,
    ]);
    expect((await ids({ sort: 'UPCOMING' })).slice(0, 2)).toEqual([quantumComputing.id, linearAlgebra.id]);
  });

  it('refuses filters beyond their limits, naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ filter: { topics: ['not-a-topic-id'] } }, 'input.filter.topics'],
      [{ filter: { offerors: Array.from({ length: 51 }, (_, i) => `o${i}`) } }, 'input.filter.offerors'],
      [{ filter: { languages: ['x'.repeat(101)] } }, 'input.filter.languages'],
      [{ query: '' }, 'input.query'],
    ];
    for (const [input, field] of cases) {
      const { errors } = await search.query(searchQuery, { input });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field }] });
    }
  });
});
