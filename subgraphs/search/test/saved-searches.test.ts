import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureResources, quantumComputing, topics } from './support/fixture-resources.js';
import { catalogEvent, type SearchUnderTest, startSearch } from './support/search-under-test.js';

const create = `mutation ($input: SavedSearchInput!) {
  savedSearchCreate(input: $input) { success record { id name query sort mode newMatches lastSeenAt } errors { code field message } }
}`;
const list = '{ savedSearches { id name query newMatches } }';
const markSeen = 'mutation ($id: ID!) { savedSearchMarkSeen(id: $id) { success record { newMatches } } }';
const remove = 'mutation ($id: ID!) { savedSearchDelete(id: $id) { success record { id } } }';

type Saved = { id: string; name: string; query: string | null; newMatches: number; lastSeenAt?: string };
type Created = { savedSearchCreate: { success: boolean; record: Saved | null; errors: Array<{ field: string }> } };

describe('saved searches', () => {
  let search: SearchUnderTest;
  let ada: string;
  let bob: string;
  beforeAll(async () => {
    search = await startSearch();
    for (const item of fixtureResources) await search.applyCatalogEvent(catalogEvent(item, 1));
    ada = await search.tokenFor(randomUUID());
    bob = await search.tokenFor(randomUUID());
  });
  afterAll(() => search.close());

  const save = async (token: string, input: Record<string, unknown>) =>
    (await search.query<Created>(create, { input }, token)).data?.savedSearchCreate;

  it('gives back the search it was saved with, to run it again with the same results', async () => {
    const carol = await search.tokenFor(randomUUID());
    const input = {
      query: 'quantum',
      filter: { free: true, resourceTypeGroups: ['COURSE', 'PROGRAM'], topics: [topics.science.id], languages: [] },
      sort: 'NEWEST',
      mode: 'TEXT',
    };
    expect((await save(carol, { name: 'Free quantum', search: input }))?.success).toBe(true);
    const saved = await search.query<{
      savedSearches: Array<{ query: string; filter: object; sort: string; mode: string }>;
    }>(
      '{ savedSearches { query sort mode filter { resourceTypes resourceTypeGroups topics offerors platforms departments levels certification certificationTypes free professional delivery languages } } }',
      {},
      carol,
    );
    const [again] = saved.data?.savedSearches ?? [];
    expect(again).toEqual({
      query: 'quantum',
      sort: 'NEWEST',
      mode: 'TEXT',
      filter: {
        resourceTypes: [],
        resourceTypeGroups: ['COURSE', 'PROGRAM'],
        topics: [topics.science.id],
        offerors: [],
        platforms: [],
        departments: [],
        levels: [],
        certification: null,
        certificationTypes: [],
        free: true,
        professional: null,
        delivery: [],
        languages: [],
      },
    });
    const run = `query ($input: SearchInput!) { search(input: $input) { totalCount edges { node { id } } } }`;
    const original = await search.query(run, { input });
    const rerun = await search.query(run, { input: again });
    expect(rerun.errors).toBeUndefined();
    expect(rerun.data).toEqual(original.data);
    expect(original.data).toMatchObject({ search: { totalCount: 1 } });
  });

  it('saves a search and counts the matches added to the catalog since it was last seen', async () => {
    const saved = await save(ada, { name: ' Quantum ', search: { query: 'quantum', filter: { free: true } } });
    expect(saved).toMatchObject({ success: true, record: { name: 'Quantum', query: 'quantum', newMatches: 0 } });
    // Added to the catalog just after the search was saved (and seen).
    const createdAt = new Date(Date.parse(saved?.record?.lastSeenAt ?? '') + 1).toISOString();
    const added = { ...quantumComputing, id: randomUUID(), free: true, createdAt };
    await search.applyCatalogEvent(catalogEvent(added, 1));
    const { data } = await search.query<{ savedSearches: Saved[] }>(list, {}, ada);
    expect(data?.savedSearches).toEqual([expect.objectContaining({ name: 'Quantum', newMatches: 1 })]);
  });

  it('counts from now once marked seen, and deletes', async () => {
    const [saved] = (await search.query<{ savedSearches: Saved[] }>(list, {}, ada)).data?.savedSearches ?? [];
    const seen = await search.query<{ savedSearchMarkSeen: { record: { newMatches: number } } }>(
      markSeen,
      { id: saved?.id },
      ada,
    );
    expect(seen.data?.savedSearchMarkSeen.record.newMatches).toBe(0);
    const deleted = await search.query(remove, { id: saved?.id }, ada);
    expect(deleted.data).toEqual({ savedSearchDelete: { success: true, record: { id: saved?.id } } });
    expect((await search.query<{ savedSearches: Saved[] }>(list, {}, ada)).data?.savedSearches).toEqual([]);
  });

  it("keeps each user's searches their own, and asks anonymous callers to sign in", async () => {
    const saved = await save(ada, { name: 'Mine', search: {} });
    expect((await search.query<{ savedSearches: Saved[] }>(list, {}, bob)).data?.savedSearches).toEqual([]);
    const stolen = await search.query(remove, { id: saved?.record?.id }, bob);
    expect(stolen.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const anonymous = await search.query(list, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reports invalid input field by field, saving nothing', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ name: '', search: {} }, 'name'],
      [{ name: 'x'.repeat(101), search: {} }, 'name'],
      [{ name: 'Bad topic', search: { filter: { topics: ['nope'] } } }, 'search.filter.topics'],
      [{ name: 'Empty words', search: { query: '  ' } }, 'search.query'],
    ];
    for (const [input, field] of cases) {
      expect(await save(bob, input)).toMatchObject({ success: false, record: null, errors: [{ field }] });
    }
    expect((await search.query<{ savedSearches: Saved[] }>(list, {}, bob)).data?.savedSearches).toEqual([]);
  });
});
