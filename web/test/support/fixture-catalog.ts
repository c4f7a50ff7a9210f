import { GraphQLError } from 'graphql';
import type { LearningResourceFilter, LearningResourceSort } from '../../src/gql/graphql';
import { offerors } from './fixture-taxonomy';
import type { FixtureResource } from './fixtures';

/** The arguments of `Query.learningResources`. */
export interface ListArgs {
  filter?: LearningResourceFilter | null;
  sort: LearningResourceSort;
  first: number;
  after?: string | null;
}

/**
 * `Query.learningResources` over fixture data, as the catalog answers it: the filter narrows, the sort orders
 * (ties by position in the fixture list), the cursor names its sort, and an unknown offeror, a cursor of
 * another sort or a page size out of range is a BAD_USER_INPUT.
 * @example listResources(resources, { sort: 'TITLE', first: 24, filter: { free: true } })
 */
export function listResources(all: FixtureResource[], { filter, sort, first, after }: ListArgs) {
  if (first < 1 || first > 100) throw badUserInput('first must be between 1 and 100');
  const unknown = filter?.offerors?.find((id) => !Object.hasOwn(offerors, String(id)));
  if (unknown !== undefined) throw badUserInput(`Invalid filter: no offeror has the id "${unknown}".`);
  const matching = all.filter((resource) => matches(resource, filter ?? {}));
  const sorted = matching
    .map((resource, index) => ({ resource, index }))
    .sort((a, b) => compare(sort, a.resource, b.resource) || a.index - b.index)
    .map(({ resource }) => resource);
  const start = after == null ? 0 : decodeCursor(after, sort) + 1;
  const edges = sorted
    .slice(start, start + first)
    .map((node, offset) => ({ cursor: encodeCursor(sort, start + offset), node }));
  return {
    edges,
    totalCount: sorted.length,
    pageInfo: {
      hasNextPage: start + first < sorted.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Whether a resource passes a catalog or search filter (their fields are the same). */
export function matches(resource: FixtureResource, filter: LearningResourceFilter): boolean {
  const anyOf = <T>(wanted: readonly T[] | null | undefined, has: readonly T[]) =>
    !wanted || wanted.some((value) => has.includes(value));
  const is = <T>(wanted: T | null | undefined, has: T) => wanted === null || wanted === undefined || wanted === has;
  return (
    anyOf(filter.resourceTypes, [resource.resourceType]) &&
    anyOf(filter.resourceTypeGroups, [resource.resourceTypeGroup]) &&
    anyOf(filter.offerors?.map(String), resource.offeredBy ? [resource.offeredBy.id] : []) &&
    anyOf(filter.platforms?.map(String), [resource.platform.id]) &&
    anyOf(
      filter.departments?.map(String),
      resource.departments.map((department) => department.id),
    ) &&
    anyOf(
      filter.topics?.map(String),
      resource.topics.map((topic) => topic.id),
    ) &&
    is(filter.certification, resource.certification) &&
    anyOf(filter.certificationTypes, [resource.certificationType]) &&
    is(filter.free, resource.free) &&
    is(filter.professional, resource.professional) &&
    anyOf(filter.delivery, resource.delivery) &&
    anyOf(filter.levels, resource.levels) &&
    anyOf(filter.languages, resource.languages)
  );
}

// each sort as the catalog orders it: dates and views descending with never-dated last, starts ascending
function compare(sort: LearningResourceSort, a: FixtureResource, b: FixtureResource): number {
  switch (sort) {
    case 'NEWEST':
      return order(b.createdAt, a.createdAt);
    case 'RECENTLY_MODIFIED':
      return order(b.lastModified ?? '', a.lastModified ?? '');
    case 'MOST_VIEWED':
      return b.views - a.views;
    case 'UPCOMING_START':
      // '~' sorts after any ISO date
      return order(a.nextStartDate ?? '~', b.nextStartDate ?? '~');
    case 'TITLE':
      return order(a.title.toLowerCase(), b.title.toLowerCase());
  }
}

// code-point order, as the dates are ISO strings and the titles plain ASCII
function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An error as the catalog reports wrong input: BAD_USER_INPUT, which the router passes on. */
export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function encodeCursor(sort: LearningResourceSort, index: number): string {
  return Buffer.from(`${sort}:${index}`).toString('base64url');
}

function decodeCursor(cursor: string, sort: LearningResourceSort): number {
  const match = /^([A-Z_]+):(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (match?.[1] !== sort) throw badUserInput('Invalid cursor: not a cursor returned by this list.');
  return Number(match[2]);
}
