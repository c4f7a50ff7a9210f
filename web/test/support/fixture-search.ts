import type { LearningResourceSort, SearchFilter, SearchSort } from '../../src/gql/graphql';
import { badUserInput, listResources, matches } from './fixture-catalog';
import type { FixtureResource } from './fixtures';

/** The arguments of `Query.search`. */
export interface SearchArgs {
  input: { query?: string | null; filter?: SearchFilter | null; sort?: SearchSort | null };
  first: number;
  after?: string | null;
}

// each search sort as the catalog sort that orders the fixtures the same way
const catalogSorts: Record<SearchSort, LearningResourceSort> = {
  RELEVANCE: 'MOST_VIEWED',
  NEWEST: 'NEWEST',
  MOST_VIEWED: 'MOST_VIEWED',
  UPCOMING: 'UPCOMING_START',
};

/** The one misspelling the fixture search corrects: "did you mean" for fewer than 5 matches, as the API does. */
export const MISSPELLING = { typed: 'fixtre', corrected: 'fixture' };

/**
 * `Query.search` over fixture data: every word of the query must be in the title or description (case
 * ignored), the filter narrows, facets count with every filter but their own, highlights mark the words.
 * @example searchResources(resources, { input: { query: 'resource 1' }, first: 20 })
 */
export function searchResources(all: FixtureResource[], { input, first, after }: SearchArgs) {
  const words = (input.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const found = all.filter((resource) => words.every((word) => text(resource).includes(word)));
  const filter = input.filter ?? {};
  const page = listResources(found, { filter, sort: catalogSorts[input.sort ?? 'RELEVANCE'], first, after });
  return {
    ...page,
    edges: page.edges.map((edge) => ({
      ...edge,
      score: 1,
      highlight: words.length ? highlight(edge.node, words) : null,
    })),
    didYouMean: page.totalCount < 5 && input.query === MISSPELLING.typed ? MISSPELLING.corrected : null,
    facets: {
      resourceTypes: count(found, filter, 'resourceTypes', (resource) => [resource.resourceType]),
      resourceTypeGroups: count(found, filter, 'resourceTypeGroups', (resource) => [resource.resourceTypeGroup]),
      topics: count(found, filter, 'topics', (resource) => resource.topics.map((topic) => [topic.id, topic.name])),
      offerors: count(found, filter, 'offerors', (resource) =>
        resource.offeredBy ? [[resource.offeredBy.id, resource.offeredBy.name]] : [],
      ),
      platforms: count(found, filter, 'platforms', (resource) => [[resource.platform.id, resource.platform.name]]),
      departments: count(found, filter, 'departments', (resource) =>
        resource.departments.map((department) => [department.id, department.name]),
      ),
      levels: count(found, filter, 'levels', (resource) => resource.levels),
      certification: count(found, filter, 'certification', (resource) => [String(resource.certification)]),
      certificationTypes: count(found, filter, 'certificationTypes', (resource) => [resource.certificationType]),
      free: count(found, filter, 'free', (resource) => [String(resource.free)]),
      professional: count(found, filter, 'professional', (resource) => [String(resource.professional)]),
      delivery: count(found, filter, 'delivery', (resource) => resource.delivery),
      languages: count(found, filter, 'languages', (resource) => resource.languages),
    },
  };
}

/**
 * `Query.searchSuggestions`: the distinct title words starting with the prefix, shortest first.
 * @example suggest(resources, 'fix', 8) // ['fixture']
 */
export function suggest(all: FixtureResource[], prefix: string, first: number): string[] {
  if (prefix.length < 1 || prefix.length > 100) throw badUserInput('prefix must be 1 to 100 characters.');
  const words = new Set(all.flatMap((resource) => resource.title.toLowerCase().split(/\s+/)));
  return [...words]
    .filter((word) => word.startsWith(prefix))
    .sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
    .slice(0, first);
}

function text(resource: FixtureResource): string {
  return `${resource.title} ${resource.description ?? ''}`.toLowerCase();
}

// a value, or a value with its label; counted over the resources that pass every filter but this facet's own
function count(
  found: FixtureResource[],
  filter: SearchFilter,
  facet: keyof SearchFilter,
  values: (resource: FixtureResource) => Array<string | [string, string]>,
) {
  const counts = new Map<string, { value: string; label: string | null; count: number }>();
  for (const resource of found.filter((candidate) => matches(candidate, { ...filter, [facet]: null }))) {
    for (const entry of values(resource)) {
      const [value, label] = typeof entry === 'string' ? [entry, null] : entry;
      const current = counts.get(value) ?? { value, label, count: 0 };
      counts.set(value, { ...current, count: current.count + 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

function highlight(resource: FixtureResource, words: string[]) {
  const mark = (value: string) =>
    escapeHtml(value).replace(new RegExp(`(${words.map(escapeRegExp).join('|')})`, 'gi'), '<mark>$1</mark>');
  return {
    title: mark(resource.title),
    description: resource.description ? mark(resource.description.slice(0, 120)) : null,
  };
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
