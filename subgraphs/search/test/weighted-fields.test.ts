import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogEvent, type IndexedResource, type SearchUnderTest, startSearch } from './support/search-under-test.js';

const searchQuery = `query ($query: String!) {
  search(input: { query: $query }, first: 10) { totalCount edges { node { id } } }
}`;
type Results = { search: { totalCount: number; edges: Array<{ node: { id: string } }> } };

const topic = (name: string) => ({ id: randomUUID(), name, parentId: null, direct: true });
const resource = (fields: Partial<IndexedResource> & { title: string }): IndexedResource => ({
  id: randomUUID(),
  description: null,
  published: true,
  ...fields,
});

// "Thermodynamics" in the title, a topic, an instructor's name and a description: the title wins, then
// topics, offeror and instructors, then the description.
const inTitle = resource({ title: 'Thermodynamics and Kinetics' });
const inTopic = resource({ title: 'Heat engines', topicTree: [topic('Thermodynamics')] });
const byOfferor = resource({ title: 'Energy', offeredBy: 'thermo', offerorName: 'Thermodynamics Lab' });
const inDescription = resource({
  title: 'Statistical Physics',
  description: 'Builds on thermodynamics, with entropy and ensembles.',
});
const byInstructor = resource({ title: 'Seminar', instructors: ['Ada Thermodynamics'] });

describe('what full-text search matches on', () => {
  let search: SearchUnderTest;
  beforeAll(async () => {
    search = await startSearch();
    for (const item of [inDescription, byInstructor, inTopic, byOfferor, inTitle]) {
      await search.applyCatalogEvent(catalogEvent(item, 1));
    }
  });
  afterAll(() => search.close());

  it('weights the title over topics, offeror and instructors, and those over the description', async () => {
    const { data, errors } = await search.query<Results>(searchQuery, { query: 'thermodynamics' });
    expect(errors).toBeUndefined();
    const ids = data?.search.edges.map((edge) => edge.node.id) ?? [];
    expect(ids).toHaveLength(5);
    expect(ids[0]).toBe(inTitle.id);
    expect(ids.slice(1, 4).sort()).toEqual([inTopic.id, byOfferor.id, byInstructor.id].sort());
    expect(ids[4]).toBe(inDescription.id);
  });

  it('finds a resource by an instructor it names', async () => {
    const { data } = await search.query<Results>(searchQuery, { query: 'Ada' });
    expect(data?.search.edges.map((edge) => edge.node.id)).toEqual([byInstructor.id]);
  });

  it('still applies events written before the catalog sent facets', async () => {
    const old = resource({ title: 'Legacy event without facets' });
    await search.applyCatalogEvent(catalogEvent(old, 1));
    const { data } = await search.query<Results>(searchQuery, { query: 'legacy' });
    expect(data?.search.edges.map((edge) => edge.node.id)).toEqual([old.id]);
  });
});
