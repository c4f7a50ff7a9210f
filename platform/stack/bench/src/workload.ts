/** One request of the mix: what a visitor's browser or the web app sends through the edge. */
export interface SoakRequest {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

const graphql = (name: string, query: string, variables: Record<string, unknown> = {}): SoakRequest => ({
  name,
  method: 'POST',
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
});

const newest = `query Newest { learningResources(first: 12) { totalCount edges { node {
  id title resourceType free certification image { url } offeredBy { name } platform { name } } } } }`;

const detail = `query Resource($id: ID!) { learningResource(id: $id) {
  id title description resourceType free url levels languages
  runs { runId title startDate endDate instructors prices { amount currency } }
  topics { id name } departments { name } offeredBy { name } platform { name }
  members { position resource { id title } } memberOf { id title } } }`;

const searchQuery = `query Search($q: String!) { search(input: { query: $q }, first: 10) { totalCount
  edges { score node { id title resourceType } highlight { title } }
  facets { resourceTypeGroups { value count } offerors { value label count } } } }`;

const topics = 'query Topics { topics { id name children { id name } } }';

const paths = `query Paths { learningPaths(first: 10) { totalCount edges { node {
  title author { name } items { position resource { title } } } } } }`;

/** What the workload picks from: real resource ids and words of real titles. */
export interface Catalog {
  ids: string[];
  words: string[];
}

/**
 * The request mix of the soak, weighted like a browsing visitor's session: GraphQL reads of every subgraph
 * (a list, a resource with its runs and taxonomies, search, topics, paths across users and catalog) and
 * server-rendered pages, picked round-robin so every run sends the same mix.
 *
 * @example
 * const next = workload(catalog); next(0); // the first request of the mix
 */
export function workload(catalog: Catalog): (index: number) => SoakRequest {
  const pick = <T>(list: readonly T[], index: number) => list[index % list.length] as T;
  const mix: Array<(index: number) => SoakRequest> = [
    () => graphql('newest resources', newest),
    (index) => graphql('resource detail', detail, { id: pick(catalog.ids, index) }),
    (index) => graphql('resource detail', detail, { id: pick(catalog.ids, index * 7) }),
    (index) => graphql('search', searchQuery, { q: pick(catalog.words, index) }),
    (index) => graphql('search', searchQuery, { q: pick(catalog.words, index * 3) }),
    () => graphql('topics', topics),
    () => graphql('learning paths', paths),
    () => ({ name: 'home page', method: 'GET', path: '/' }),
    (index) => ({ name: 'resource page', method: 'GET', path: `/resources/${pick(catalog.ids, index * 11)}` }),
  ];
  return (index) => pick(mix, index)(Math.floor(index / mix.length));
}
