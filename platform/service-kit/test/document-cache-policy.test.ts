import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControlDeclaration } from '../src/graphql/cache-control.js';
import { createLogger, createSubgraphServer, routerSignatureHeader, signRouterRequest } from '../src/index.js';
import { generateRouterKey, listenOnFreePort } from '../src/testing/index.js';

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@inaccessible"])
  ${cacheControlDeclaration}
  type Query {
    resource(id: ID!): Resource @cacheControl(maxAge: 60)
    resources: [Resource!]! @cacheControl(maxAge: 120)
    topics: [Topic!]!
    me: Profile @cacheControl(maxAge: 30, scope: PRIVATE)
    search: SearchPage @cacheControl(maxAge: 90)
    hit: Hit @cacheControl(maxAge: 45)
    plain: String
  }
  type Resource @key(fields: "id") @cacheControl(maxAge: 300) {
    id: ID!
    title: String
    topics: [Topic!]!
    offeror: Offeror
    viewerNote: String @cacheControl(scope: PRIVATE)
    views: Int @cacheControl(maxAge: 10)
  }
  type Topic @key(fields: "id") @cacheControl(maxAge: 600) { id: ID! name: String }
  type Offeror { code: String }
  type Profile @key(fields: "id") { id: ID! name: String }
  type SearchPage @cacheControl(inheritMaxAge: true) { total: Int edges: [SearchEdge!]! }
  type SearchEdge @cacheControl(inheritMaxAge: true) { node: Resource }
  union Hit = Resource | Topic
`);

const resource = (id: string) => ({
  id,
  title: `Resource ${id}`,
  viewerNote: 'note',
  views: 3,
  offeror: { code: 'mitx' },
});
const resolvers = {
  Query: {
    resource: (_: unknown, { id }: { id: string }) => (id === 'none' ? null : resource(id)),
    resources: () => [resource('1'), resource('2')],
    topics: () => [{ id: 't', name: 'Physics' }],
    me: () => ({ id: 'u', name: 'Ada' }),
    search: () => ({ total: 1, edges: [{ node: resource('3') }] }),
    hit: () => ({ __typename: 'Topic', id: 't', name: 'Physics' }),
    plain: () => 'text',
  },
  Resource: {
    __resolveReference: ({ id }: { id: string }) => resource(id),
    topics: () => [{ id: 't', name: 'Physics' }],
  },
  Topic: { __resolveReference: ({ id }: { id: string }) => ({ id, name: 'Physics' }) },
  Profile: { __resolveReference: ({ id }: { id: string }) => ({ id, name: 'Ada' }) },
  Hit: { __resolveType: (value: { __typename: string }) => value.__typename },
};

/** Operations whose every field resolves, where the plugin and the per-document policy must agree exactly. */
const cases: Array<[string, string, Record<string, unknown>?]> = [
  ['a hinted root field and its type', '{ resource(id: "1") { id title } }'],
  ['the shortest age of all fields', '{ resource(id: "1") { id views } }'],
  ['a list of a hinted type under a longer root hint', '{ resources { id topics { name } } }'],
  ['an object without a hint', '{ resource(id: "1") { offeror { code } } }'],
  ['a root field without a hint', '{ plain }'],
  ['a root field with a hinted type', '{ topics { id name } }'],
  ['a private field', '{ resource(id: "1") { id viewerNote } }'],
  ['a private root field', '{ me { name } }'],
  ['types that inherit their parent age', '{ search { total edges { node { id } } } }'],
  [
    'fragments and inline fragments',
    'query { hit { ... on Topic { name } } resource(id: "1") { ...R } } fragment R on Resource { title views }',
  ],
  [
    'entities as a variable',
    'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Resource { title } ... on Topic { name } } }',
    {
      r: [
        { __typename: 'Topic', id: 't' },
        { __typename: 'Resource', id: '1' },
      ],
    },
  ],
  [
    'entities without an age',
    'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Profile { name } } }',
    { r: [{ __typename: 'Profile', id: 'u' }] },
  ],
  [
    'entities written into the document',
    '{ _entities(representations: [{ __typename: "Topic", id: "t" }]) { ... on Topic { name } } }',
  ],
  ['no entities', 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }', { r: [] }],
  ['the schema', '{ _service { sdl } }'],
];

describe('Cache-Control worked out once per document', () => {
  const routerKey = generateRouterKey();
  const schema = buildSubgraphSchema({ typeDefs, resolvers });
  const reference = new ApolloServer({ schema });
  const { server, start, stop } = createSubgraphServer({
    schema,
    context: async () => ({}),
    readiness: {},
    logger: createLogger('cache-policy-test', 'silent'),
    routerKeys: [routerKey],
  });
  let url: string;
  beforeAll(async () => {
    await Promise.all([start(), reference.start()]);
    url = `${await listenOnFreePort(server)}/graphql`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await Promise.all([stop(), reference.stop()]);
  });

  const served = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const body = JSON.stringify({ query, variables });
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [routerSignatureHeader]: signRouterRequest(routerKey, body),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body,
    });
    const answer = (await response.json()) as { errors?: unknown };
    return { header: response.headers.get('cache-control'), errors: answer.errors };
  };
  const apollos = async (query: string, variables: Record<string, unknown> = {}) =>
    (await reference.executeOperation({ query, variables })).http.headers.get('cache-control');

  it.each(cases)('sets what Apollo Server’s plugin sets: %s', async (_name, query, variables) => {
    const { header, errors } = await served(query, variables);
    expect(errors).toBeUndefined();
    expect(header).toBe(await apollos(query, variables));
  });

  it('is never looser than the plugin where fields go unresolved, and no-store with errors', async () => {
    // A null resource resolves none of its fields, which the plugin then leaves out; the document counts them.
    expect(await apollos('{ resource(id: "none") { id views } }')).toBe('max-age=60, public');
    expect((await served('{ resource(id: "none") { id views } }')).header).toBe('max-age=10, public');
    expect(
      (
        await served('query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }', {
          r: [{ __typename: 'Nope', id: '1' }],
        })
      ).header,
    ).toBe('no-store');
  });

  it('keeps what a signed-in caller is answered private', async () => {
    expect((await served('{ topics { id } }', {}, 'any-token')).header).toBe('max-age=600, private');
  });
});
