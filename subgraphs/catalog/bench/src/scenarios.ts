import type { BenchRequest } from '@learngraph/service-kit/testing';
import { postGraphQL } from '@learngraph/service-kit/testing';
import type { Database } from '../../dist/db.js';
import type { CatalogEndpoint } from './bench-catalog.js';

/** What a listing page shows of each resource, as the web app's search page asks for it. */
export const listPageQuery = `query ListPage($filter: LearningResourceFilter, $sort: LearningResourceSort!, $first: Int!, $after: String) {
  learningResources(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id title resourceType image { url alt } free nextStartDate
        offeredBy { id name }
        topics { id name }
        prices { amount currency }
      }
    }
  }
}`;

/** What the router asks of the catalog when another subgraph's list (a learning path, a search hit list) shows resources. */
export const entitiesQuery = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on LearningResource {
      id title resourceType
      topics { id name }
      offeredBy { id name }
      platform { id name }
      prices { amount currency }
      runs { runId startDate endDate prices { amount currency } }
    }
  }
}`;

export interface ListShape {
  name: string;
  filter?: Record<string, unknown>;
  sort: 'NEWEST' | 'RECENTLY_MODIFIED' | 'MOST_VIEWED' | 'UPCOMING_START' | 'TITLE';
  after?: string;
}

export interface Fixtures {
  /** The top-level topic with the most resources under it; filtering by it takes in its sub-topics. */
  topic: { id: string; name: string; subTopics: number };
  /** Published resource ids in a fixed pseudo-random order, for entity batches. */
  entityIds: string[];
}

/** Reads what the scenarios refer to from the prepared database. */
export async function loadFixtures(db: Database): Promise<Fixtures> {
  const [topic] = await db.$queryRaw<Array<{ id: string; name: string; sub_topics: number }>>`
    SELECT root.id, root.name, (SELECT count(*)::int FROM topic child WHERE child.parent_id = root.id) AS sub_topics
    FROM topic root
    JOIN topic node ON node.id = root.id OR node.parent_id = root.id
    JOIN resource_topic link ON link.topic_id = node.id
    WHERE root.parent_id IS NULL
    GROUP BY root.id ORDER BY count(*) DESC, root.id LIMIT 1`;
  if (!topic) throw new Error('the benchmark database has no resources with topics');
  const ids = await db.$queryRaw<Array<{ id: string }>>`
    SELECT id FROM learning_resource WHERE published ORDER BY md5(id::text) LIMIT 5000`;
  return {
    topic: { id: topic.id, name: topic.name, subTopics: topic.sub_topics },
    entityIds: ids.map((row) => row.id),
  };
}

async function endCursor(endpoint: CatalogEndpoint, shape: ListShape, after: string | null): Promise<string | null> {
  const { data } = await postGraphQL<{ learningResources: { pageInfo: { endCursor: string | null } } }>(
    endpoint.url,
    listPageQuery,
    {
      filter: shape.filter,
      sort: shape.sort,
      first: 100,
      after,
    },
    undefined,
    endpoint.routerKey,
  );
  return data?.learningResources.pageInfo.endCursor ?? null;
}

/** The cursor after the first `rows` rows of a list, reached page by page as a client would. */
export async function cursorAfter(endpoint: CatalogEndpoint, shape: ListShape, rows: number): Promise<string> {
  let after: string | null = null;
  for (let seen = 0; seen < rows; seen += 100) {
    after = await endCursor(endpoint, shape, after);
    if (!after) throw new Error(`${shape.name}: the list ends before row ${rows}`);
  }
  if (!after) throw new Error(`${shape.name}: the list is empty`);
  return after;
}

/**
 * Filter and sort combinations a catalog's visitors use: the bare list, facets alone and combined, a
 * topic with its sub-topics, every sort, and deep pages reached through cursors.
 */
export function listShapes({ topic }: Fixtures): ListShape[] {
  const byTopic = { topics: [topic.id] };
  return [
    { name: 'unfiltered, newest', sort: 'NEWEST' },
    { name: 'courses, free, most viewed', filter: { resourceTypes: ['COURSE'], free: true }, sort: 'MOST_VIEWED' },
    { name: 'topic + sub-topics, newest', filter: byTopic, sort: 'NEWEST' },
    {
      name: 'topic + sub-topics, courses & programs, upcoming',
      filter: { ...byTopic, resourceTypeGroups: ['COURSE', 'PROGRAM'] },
      sort: 'UPCOMING_START',
    },
    {
      name: 'offerors, certificate, recently modified',
      filter: { offerors: ['mitx', 'xpro', 'see'], certification: true },
      sort: 'RECENTLY_MODIFIED',
    },
    {
      name: 'professional, in person or hybrid, upcoming',
      filter: { professional: true, delivery: ['IN_PERSON', 'HYBRID'] },
      sort: 'UPCOMING_START',
    },
    {
      name: 'departments 6 & 18, undergraduate, title',
      filter: { departments: ['6', '18'], levels: ['UNDERGRADUATE'] },
      sort: 'TITLE',
    },
    { name: 'videos in English, title', filter: { resourceTypes: ['VIDEO'], languages: ['en'] }, sort: 'TITLE' },
    { name: 'platform ocw, free, title', filter: { platforms: ['ocw'], free: true }, sort: 'TITLE' },
  ];
}

/** Deep pages: the shapes above, started 2,000 rows in. */
export const deepShapes = (fixtures: Fixtures): ListShape[] => [
  { name: 'deep page (row 2,000), unfiltered, title', sort: 'TITLE' },
  {
    name: 'deep page (row 2,000), topic + sub-topics, upcoming',
    filter: { topics: [fixtures.topic.id] },
    sort: 'UPCOMING_START',
  },
];

export const listRequest = (shape: ListShape): BenchRequest => ({
  shape: shape.name,
  query: listPageQuery,
  variables: { filter: shape.filter, sort: shape.sort, first: 20, after: shape.after },
});

/** The `index`-th batch of `size` entity references, rotating through the fixture ids. */
export function entitiesRequest(fixtures: Fixtures, size: number, index: number): BenchRequest {
  const start = (index * size) % (fixtures.entityIds.length - size);
  return {
    shape: `_entities ×${size}`,
    query: entitiesQuery,
    variables: {
      representations: fixtures.entityIds
        .slice(start, start + size)
        .map((id) => ({ __typename: 'LearningResource', id })),
    },
  };
}
