import type { BenchRequest } from '@learngraph/service-kit/testing';
import { seeded } from './random.js';
import * as vocabulary from './vocabulary.js';

const page = 'totalCount edges { score node { id } highlight { title } }';
const facets = `facets { resourceTypes { value count } resourceTypeGroups { value count } topics { value label count }
  offerors { value label count } platforms { value count } departments { value count } levels { value count }
  certification { value count } free { value count } professional { value count } delivery { value count }
  languages { value count } }`;
const search = (selection: string) =>
  `query ($input: SearchInput!) { search(input: $input, first: 20) { ${selection} } }`;
const similar = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on LearningResource { similar(first: 10) { id } } } }`;

/** The measured request shapes; each draws its words and filters from the same seeded generator. */
export function scenarios(
  ids: readonly string[],
  seed: number,
): Array<{ name: string; at: (i: number) => BenchRequest }> {
  const { word, pick, next } = seeded(seed);
  const words = () =>
    next() < 0.5 ? word(vocabulary.vocabulary) : `${word(vocabulary.vocabulary)} ${word(vocabulary.vocabulary)}`;
  const filter = () =>
    next() < 0.5
      ? { offerors: [pick(vocabulary.offerors)], free: true }
      : { resourceTypeGroups: ['COURSE'], languages: ['en'] };
  return [
    {
      name: 'text: 1–2 words, page of 20 with highlights',
      at: () => ({ shape: 'text', query: search(page), variables: { input: { query: words() } } }),
    },
    {
      name: 'text: the most frequent word (in ~5% of documents)',
      at: () => ({ shape: 'common', query: search(page), variables: { input: { query: vocabulary.words[0] } } }),
    },
    {
      name: 'faceted: words, 2 filters, all 13 facets',
      at: () => ({
        shape: 'faceted',
        query: search(`${page} ${facets}`),
        variables: { input: { query: words(), filter: filter() } },
      }),
    },
    {
      name: 'faceted, no query: the whole catalog, all facets',
      at: () => ({
        shape: 'browse',
        query: search(`totalCount ${facets}`),
        variables: { input: { filter: filter() } },
      }),
    },
    {
      name: 'similar: 10 nearest of one resource',
      at: () => ({
        shape: 'similar',
        query: similar,
        variables: { representations: [{ __typename: 'LearningResource', id: pick(ids) }] },
      }),
    },
    {
      name: 'semantic: 1–2 words',
      at: () => ({
        shape: 'semantic',
        query: search(page),
        variables: { input: { query: words(), mode: 'SEMANTIC' } },
      }),
    },
    {
      name: 'hybrid: 1–2 words, reciprocal rank fusion',
      at: () => ({ shape: 'hybrid', query: search(page), variables: { input: { query: words(), mode: 'HYBRID' } } }),
    },
    {
      name: 'suggestions: a 3-letter prefix',
      at: () => ({
        shape: 'suggest',
        query: 'query ($p: String!) { searchSuggestions(prefix: $p) }',
        variables: { p: word(vocabulary.vocabulary).slice(0, 3) },
      }),
    },
  ];
}
