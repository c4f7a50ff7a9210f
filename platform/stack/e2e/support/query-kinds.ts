import { createAccount } from './accounts.js';
import { catalogEditor } from './catalog-editor.js';
import type { FaultSystem, SubgraphName } from './fault-system.js';
import { waitUntil } from './poll.js';

/** One kind of query a scenario sends through the edge, and the subgraphs its fields come from. */
export interface QueryKind {
  name: string;
  touches: SubgraphName[];
  query: string;
  variables?: Record<string, unknown>;
  token?: string;
}

/** One query sent, and what came back. */
export interface Shot {
  kind: string;
  startedAt: number;
  status: number;
  data: unknown;
  errors: Array<{ message: string; extensions?: { code?: string; subgraph?: string } }>;
}

/** Answered 200 with data and no error. */
export const answered = (shot: Shot) => shot.status === 200 && shot.errors.length === 0 && shot.data != null;

/** Answered 200, every error being `SUBGRAPH_UNAVAILABLE` naming `subgraph`. */
export const unavailable = (shot: Shot, subgraph: SubgraphName) =>
  shot.status === 200 &&
  shot.errors.length > 0 &&
  shot.errors.every(
    (error) => error.extensions?.code === 'SUBGRAPH_UNAVAILABLE' && error.extensions.subgraph === subgraph,
  );

/** Sends one query of the kind through the edge and keeps what came back, whatever it was. */
export async function fire(graphqlUrl: string, kind: QueryKind): Promise<Shot> {
  const startedAt = Date.now();
  try {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(kind.token ? { authorization: `Bearer ${kind.token}` } : {}) },
      body: JSON.stringify({ query: kind.query, variables: kind.variables ?? {} }),
    });
    const text = await response.text();
    let body: { data?: unknown; errors?: Shot['errors'] } = {};
    try {
      body = JSON.parse(text);
    } catch {
      body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
    }
    return { kind: kind.name, startedAt, status: response.status, data: body.data, errors: body.errors ?? [] };
  } catch (error) {
    return { kind: kind.name, startedAt, status: 0, data: null, errors: [{ message: String(error) }] };
  }
}

/** Every kind of query, named for the subgraphs it needs, for a learner who wrote one path. */
function queryKinds(token: string, pathId: string): QueryKind[] {
  return [
    {
      name: 'resources',
      touches: ['catalog'],
      query: '{ learningResources(first: 5) { totalCount edges { node { id title } } } }',
    },
    { name: 'me', touches: ['users'], query: '{ me { id name } }', token },
    { name: 'search', touches: ['search'], query: '{ search(input: { query: "drill" }) { totalCount } }' },
    {
      name: 'path',
      touches: ['learning-paths'],
      query: 'query ($id: ID!) { learningPath(id: $id) { title items { position } } }',
      variables: { id: pathId },
    },
    {
      name: 'everything',
      touches: ['catalog', 'users', 'search', 'learning-paths'],
      query: `query ($id: ID!) {
        learningPath(id: $id) { title author { name } items { resource { title } } }
        search(input: { query: "drill" }) { totalCount }
      }`,
      variables: { id: pathId },
    },
  ];
}

/**
 * Gives every subgraph something to answer — three resources, a learner, a path of the three — and returns
 * the kinds of query that ask for it.
 *
 * @example
 * const kinds = await prepareQueryKinds(system);
 * const shots = await Promise.all(kinds.map((kind) => fire(`${system.url}/graphql`, kind)));
 */
export async function prepareQueryKinds(system: FaultSystem): Promise<QueryKind[]> {
  const editor = catalogEditor(system);
  const resourceIds = [await editor.create('asked-1'), await editor.create('asked-2'), await editor.create('asked-3')];
  const { accessToken: token } = await createAccount(system, {
    email: 'learner@example.org',
    password: 'a long enough password',
    name: 'Ada Lovelace',
  });
  // learning-paths learns about the resources from catalog events, a moment after they are created
  const created = await waitUntil(
    'learning-paths accepts a path of the new resources',
    () =>
      system.graphql<{ learningPathCreate: { record: { id: string } | null } }>(
        'mutation ($input: LearningPathCreateInput!) { learningPathCreate(input: $input) { record { id } } }',
        {
          input: {
            title: 'Resilience',
            visibility: 'PUBLIC',
            items: resourceIds.map((resourceId) => ({ resourceId })),
          },
        },
        token,
      ),
    (answer) => Boolean(answer.data?.learningPathCreate.record?.id),
  );
  return queryKinds(token, created.data?.learningPathCreate.record?.id ?? '');
}
