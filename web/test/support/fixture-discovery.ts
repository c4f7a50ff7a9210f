import { badUserInput, listResources } from './fixture-catalog';
import { topics } from './fixture-taxonomy';
import type { FixtureResource } from './fixtures';

/** A public learning path as the API's `LearningPath` (the fields the site reads), with its resources. */
export interface FixturePath {
  id: string;
  title: string;
  description: string | null;
  itemCount: number;
  followerCount: number;
  updatedAt: string;
  resourceIds: string[];
}

/** Two public paths; res-1 is in both, the most followed first. */
export const paths: FixturePath[] = [
  {
    id: 'path-algebra',
    title: 'Linear algebra from scratch',
    description: 'Vectors, matrices and what they are for.',
    itemCount: 2,
    followerCount: 42,
    updatedAt: '2026-10-01T00:00:00.000Z',
    resourceIds: ['res-1', 'res-4'],
  },
  {
    id: 'path-data',
    title: 'Data science basics',
    description: null,
    itemCount: 1,
    followerCount: 1,
    updatedAt: '2026-09-01T00:00:00.000Z',
    resourceIds: ['res-1'],
  },
];

/** The departments, by code, as the API's `Department`. */
export const departments = [
  { id: '6', name: 'Electrical Engineering and Computer Science', school: { name: 'School of Engineering' } },
  { id: '18', name: 'Mathematics', school: { name: 'School of Science' } },
];

/**
 * What the catalog, search and learning paths add to a fixture resource on its page: `similar` lists the other
 * resources of the same offeror, `inLearningPaths` the fixture paths holding it.
 * @example withNeighbours(resource).similar({ first: 6 })
 */
export function withNeighbours(all: FixtureResource[], resource: FixtureResource) {
  return {
    ...resource,
    similar: ({ first }: { first: number }) =>
      all.filter((other) => other.id !== resource.id && other.offeredBy?.id === resource.offeredBy?.id).slice(0, first),
    inLearningPaths: ({ first }: { first: number }) =>
      connection(
        paths.filter((path) => path.resourceIds.includes(resource.id)),
        first,
      ),
  };
}

/**
 * `Query.topic(id)` with `resources` paging the fixtures on that topic, newest first.
 * @example topicById(resources, topics.mathematics.id)
 */
export function topicById(all: FixtureResource[], id: string) {
  if (!/^[a-z0-9-]+$/.test(id)) throw badUserInput('id is not a valid id.');
  const topic = Object.values(topics).find((candidate) => candidate.id === id);
  if (!topic) return null;
  return {
    ...topic,
    resources: ({ first, after }: { first: number; after?: string | null }) =>
      listResources(all, { filter: { topics: [id] }, sort: 'NEWEST', first, after }),
  };
}

/**
 * `Query.learningPaths`: the public fixture paths, most followed first.
 * @example listPaths({ first: 6 })
 */
export function listPaths({ first }: { first: number }) {
  return connection(
    [...paths].sort((a, b) => b.followerCount - a.followerCount),
    first,
  );
}

function connection(nodes: FixturePath[], first: number) {
  const page = nodes.slice(0, first);
  return {
    totalCount: nodes.length,
    edges: page.map((node) => ({ cursor: node.id, node })),
    pageInfo: { hasNextPage: nodes.length > first, hasPreviousPage: false, startCursor: null, endCursor: null },
  };
}

/** Every view the web app recorded through the fixture router, in order. */
export const recordedViews: Array<{ id: string; visitorKey: string }> = [];

/**
 * `Mutation.learningResourceViewRecord`: notes the view; counted when the key is new for the resource.
 * @example recordView({ id: 'res-1', visitorKey: '9f2c…' }) // { counted: true }
 */
export function recordView(view: { id: string; visitorKey: string }) {
  const counted = !recordedViews.some((seen) => seen.id === view.id && seen.visitorKey === view.visitorKey);
  recordedViews.push(view);
  return { counted };
}
