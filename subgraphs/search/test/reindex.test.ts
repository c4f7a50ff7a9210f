import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashedNgramEmbedder } from '../src/modules/embeddings/index.js';
import { rebuildSearchTable } from '../src/modules/reindex/index.js';
import { fixtureResources, quantumPhysics } from './support/fixture-resources.js';
import { catalogEvent, type SearchUnderTest, startSearch } from './support/search-under-test.js';

const searchQuery = `query ($input: SearchInput!) {
  search(input: $input, first: 50) { totalCount edges { node { id } } facets { topics { value count } } }
}`;
type Results = {
  search: {
    totalCount: number;
    edges: Array<{ node: { id: string } }>;
    facets: { topics: Array<{ value: string; count: number }> };
  };
};

describe('a full reindex', () => {
  let search: SearchUnderTest;
  const answer = async (input: Record<string, unknown>) => {
    const { data, errors } = await search.query<Results>(searchQuery, { input });
    expect(errors).toBeUndefined();
    return data?.search;
  };

  beforeAll(async () => {
    search = await startSearch();
    for (const item of fixtureResources) await search.applyCatalogEvent(catalogEvent(item, 1));
  });
  afterAll(() => search.close());

  it('rebuilds the table and swaps it in while searches keep answering and events keep arriving', async () => {
    const before = await answer({ query: 'quantum' });
    const lateArrival = { id: randomUUID(), title: 'Quantum optics', description: null, published: true };
    let searching = true;
    let searchesAnswered = 0;
    const searches = (async () => {
      while (searching) {
        await answer({ query: 'quantum' });
        searchesAnswered += 1;
      }
    })();
    let arrival: Promise<void> | undefined;
    const report = await rebuildSearchTable(search.db, hashedNgramEmbedder(), {
      batchSize: 1,
      onProgress: (copied) => {
        if (copied === 2) arrival = search.applyCatalogEvent(catalogEvent(lateArrival, 1));
      },
    });
    searching = false;
    await Promise.all([searches, arrival]);
    expect(report.documents).toBeGreaterThanOrEqual(fixtureResources.length);
    expect(searchesAnswered).toBeGreaterThan(0);
    const after = await answer({ query: 'quantum' });
    expect(after?.edges.map((edge) => edge.node.id)).toEqual(
      expect.arrayContaining([...(before?.edges.map((edge) => edge.node.id) ?? []), lateArrival.id]),
    );
    expect(after?.facets.topics).toEqual(before?.facets.topics);
  });

  it('keeps the index names, so it can run again, and semantic search reads the new vectors', async () => {
    await rebuildSearchTable(search.db, hashedNgramEmbedder());
    const indexes = await search.db.$queryRaw<Array<{ name: string }>>`
      SELECT indexname AS name FROM pg_indexes WHERE tablename = 'search_document' ORDER BY 1`;
    expect(indexes.map((index) => index.name)).toContain('search_document_document_idx');
    expect(indexes.map((index) => index.name)).toContain('search_document_pkey');
    const semantic = await answer({ query: 'quantum physics', mode: 'SEMANTIC' });
    expect(semantic?.edges[0]?.node.id).toBe(quantumPhysics.id);
  });
});
