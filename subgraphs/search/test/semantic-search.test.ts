import { encodeCursor } from '@learngraph/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashedNgramEmbedder } from '../src/modules/embeddings/index.js';
import {
  fixtureResources,
  linearAlgebra,
  quantumComputing,
  quantumLecture,
  quantumPhysics,
} from './support/fixture-resources.js';
import { catalogEvent, type SearchUnderTest, startSearch } from './support/search-under-test.js';

const searchQuery = `query ($input: SearchInput!, $first: Int! = 20, $after: String) {
  search(input: $input, first: $first, after: $after) { totalCount edges { score node { id } } }
}`;
type Results = { search: { totalCount: number; edges: Array<{ score: number; node: { id: string } }> } };
const similarQuery = `query ($representations: [_Any!]!, $filter: SearchFilter) {
  _entities(representations: $representations) {
    ... on LearningResource { id similar(first: 3, filter: $filter) { id } }
  }
}`;
type Similar = { _entities: Array<{ id: string; similar: Array<{ id: string }> }> };

describe('semantic and hybrid search, similar resources', () => {
  let search: SearchUnderTest;
  const ids = async (input: Record<string, unknown>) => {
    const { data, errors } = await search.query<Results>(searchQuery, { input });
    expect(errors).toBeUndefined();
    return data?.search.edges.map((edge) => edge.node.id) ?? [];
  };

  beforeAll(async () => {
    search = await startSearch();
    for (const item of fixtureResources) await search.applyCatalogEvent(catalogEvent(item, 1));
  });
  afterAll(() => search.close());

  it('ranks every resource by how near its embedding is, finding what full-text misses', async () => {
    expect(await ids({ query: 'quantm computng' })).toEqual([]);
    const found = await ids({ query: 'quantm computng', mode: 'SEMANTIC' });
    expect(found).toHaveLength(fixtureResources.length);
    expect(found[0]).toBe(quantumComputing.id);
  });

  it('fuses full-text and embedding ranks, a result high in both first', async () => {
    const found = await ids({ query: 'quantum physics', mode: 'HYBRID' });
    expect(found[0]).toBe(quantumPhysics.id);
    expect(found).toContain(quantumComputing.id);
    const { data } = await search.query<Results>(searchQuery, { input: { query: 'quantum physics', mode: 'HYBRID' } });
    // Reciprocal rank fusion: first in both lists scores 2 / 61.
    expect(data?.search.edges[0]?.score).toBeCloseTo(2 / 61, 10);
  });

  it('applies filters to semantic results', async () => {
    const found = await ids({ query: 'quantum', mode: 'SEMANTIC', filter: { resourceTypes: ['VIDEO'] } });
    expect(found).toEqual([quantumLecture.id]);
  });

  it('lists the resources most like one, without itself, through federation', async () => {
    const representations = [quantumPhysics, linearAlgebra].map(({ id }) => ({ __typename: 'LearningResource', id }));
    const { data, errors } = await search.query<Similar>(similarQuery, { representations });
    expect(errors).toBeUndefined();
    const [physics, algebra] = data?._entities ?? [];
    expect(physics?.similar).toHaveLength(3);
    expect(physics?.similar.map((item) => item.id)).not.toContain(quantumPhysics.id);
    expect(physics?.similar.at(-1)?.id).toBe(linearAlgebra.id);
    expect(algebra?.similar.map((item) => item.id)).not.toContain(linearAlgebra.id);
    const videos = await search.query<Similar>(similarQuery, {
      representations: representations.slice(0, 1),
      filter: { resourceTypes: ['VIDEO'] },
    });
    expect(videos.data?._entities[0]?.similar).toEqual([{ id: quantumLecture.id }]);
  });

  it('refuses semantic searches without a query, sorted otherwise, or deeper than 1,000', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ input: { mode: 'SEMANTIC' } }, 'input.query'],
      [{ input: { query: 'quantum', mode: 'HYBRID', sort: 'NEWEST' } }, 'input.sort'],
      [{ input: { query: 'quantum', mode: 'SEMANTIC' }, after: encodeCursor([1_001]) }, 'after'],
    ];
    for (const [variables, field] of cases) {
      const { errors } = await search.query(searchQuery, variables);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field }] });
    }
  });

  it('embeds offline, the same text always to the same unit vector', async () => {
    const embedder = hashedNgramEmbedder();
    const [a, b, other] = await embedder.embed(['Linear Algebra', 'Linear Algebra', 'Poker Theory']);
    expect(a).toEqual(b);
    expect(a?.reduce((sum, value) => sum + value * value, 0)).toBeCloseTo(1, 5);
    const dot = Array.from(a ?? []).reduce((sum, value, index) => sum + value * (other?.[index] ?? 0), 0);
    expect(dot).toBeLessThan(0.5);
  });
});
