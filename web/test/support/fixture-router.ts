import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, GraphQLError, type GraphQLResolveInfo, graphql } from 'graphql';
import { accountResolvers, type FixtureContext } from './fixture-accounts';
import { badUserInput, type ListArgs, listResources } from './fixture-catalog';
import { departments, listPaths, recordView, topicById, withNeighbours } from './fixture-discovery';
import { installViewerFields, pathResolvers } from './fixture-paths';
import { type SearchArgs, searchResources, suggest } from './fixture-search';
import { offerors, topics } from './fixture-taxonomy';
import { bareResource, type FixtureResource, resources } from './fixtures';

// the same schema file the web app's operations are generated from: a drift between them fails the tests
const schema = buildSchema(readFileSync(new URL('../../../router/api-schema.graphql', import.meta.url), 'utf8'));
// like the router in production, it runs only the web app's registered documents, by hash
const trustedDocuments = JSON.parse(
  readFileSync(new URL('../../src/gql/persisted-documents.json', import.meta.url), 'utf8'),
) as Record<string, string>;
installViewerFields(schema);

/** How the fixture router answers: from fixture data, or with a GraphQL error for every query. */
export type RouterBehaviour = 'data' | 'errors';

export interface FixtureRouter {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts a GraphQL server on 127.0.0.1 that executes the web app's trusted documents, sent by hash, against
 * `router/api-schema.graphql`.
 * @example const router = await startFixtureRouter('data'); // router.url is the ROUTER_URL for the web app
 */
export async function startFixtureRouter(behaviour: RouterBehaviour): Promise<FixtureRouter> {
  const rootValue = behaviour === 'data' ? dataResolvers : failingResolvers;
  const server = createServer(async (request, response) => {
    // like Apollo Server, accept POSTed JSON only
    if (request.method !== 'POST' || !request.headers['content-type']?.startsWith('application/json')) {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [{ message: 'POST application/json only' }] }));
      return;
    }
    const { extensions, variables } = JSON.parse(await readBody(request)) as {
      extensions?: { persistedQuery?: { sha256Hash?: string } };
      variables?: Record<string, unknown>;
    };
    const query = trustedDocuments[`sha256:${extensions?.persistedQuery?.sha256Hash}`];
    if (!query) {
      response.writeHead(403, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({ errors: [{ message: 'not trusted', extensions: { code: 'OPERATION_NOT_TRUSTED' } }] }),
      );
      return;
    }
    const contextValue: FixtureContext = {
      accessToken: /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1],
    };
    const result = await graphql({ schema, source: query, variableValues: variables, rootValue, contextValue });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(result));
  });
  return listen(server);
}

/**
 * Starts a server that accepts requests and never answers, as a stuck router would.
 * @example const router = await startSilentRouter();
 */
export async function startSilentRouter(): Promise<FixtureRouter> {
  return listen(createServer(() => {}));
}

async function listen(server: ReturnType<typeof createServer>): Promise<FixtureRouter> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const allResources: FixtureResource[] = [...resources, bareResource];

// the accounts and paths fixtures first: a field the catalog fixtures answer below is theirs
const discoveryOperations = new Set(['FeaturedLearningPaths', 'SitemapLearningPaths']);

const dataResolvers = {
  ...accountResolvers,
  ...pathResolvers,
  learningResource: ({ id }: { id: string }) => {
    // like the catalog, which refuses an id that is not a UUID
    if (!/^[a-z0-9-]+$/.test(id)) throw badUserInput('id is not a valid id.');
    const resource = allResources.find((candidate) => candidate.id === id);
    return resource ? withNeighbours(resources, resource) : null;
  },
  learningResources: (args: ListArgs) => listResources(resources, args),
  offerors: () => Object.values(offerors),
  search: (args: SearchArgs) => searchResources(resources, args),
  topic: ({ id }: { id: string }) => topicById(resources, id),
  topics: () => Object.values(topics),
  departments: () => departments,
  // the home page's featured paths and the sitemap read the discovery fixtures; the paths pages, which create and
  // change paths, read the accounts fixtures' store
  learningPaths: (args: { first: number }, context: FixtureContext, info: GraphQLResolveInfo) =>
    discoveryOperations.has(info.operation.name?.value ?? '')
      ? listPaths(args)
      : pathResolvers.learningPaths(args, context),
  learningResourceViewRecord: recordView,
  searchSuggestions: ({ prefix, first }: { prefix: string; first: number }) => suggest(resources, prefix, first),
};

const failingResolvers = {
  learningResource: () => fail(),
  learningResources: () => fail(),
  offerors: () => fail(),
  search: () => fail(),
  topic: () => fail(),
  topics: () => fail(),
  departments: () => fail(),
  learningPaths: () => fail(),
  searchSuggestions: () => fail(),
};

function fail(): never {
  throw new GraphQLError('Subgraph "catalog" is unavailable', { extensions: { code: 'SUBREQUEST_HTTP_ERROR' } });
}
