import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createGraphQLHandler, createLogger, createServiceServer } from '@learngraph/service-kit';
import { listenOnFreePort } from '@learngraph/service-kit/testing';
import { parse } from 'graphql';
import type { SubgraphSource } from '../../src/compose/compose.js';

/**
 * Two tiny real subgraphs for router tests: `books` owns Book (a list, optionally by ids, a page with `first`
 * and a sort, sequels to nest deeply, related books, and a mutation with a side effect), `reviews` adds
 * Book.reviews, a costly summary, and reports the headers the router forwarded, so tests can see what crossed
 * the wire. Partners see `books`, a book's `id`, `title` and `reviews` (tagged public). Like Learngraph's
 * subgraphs, both answer only requests signed with `routerKey`, and both count
 * the requests they are sent.
 */
export const booksSdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@listSize", "@tag"])
  type Book @key(fields: "id") { id: ID! @tag(name: "public") title: String! @tag(name: "public") sequel: Book related: [Book!]! @listSize(assumedSize: 5) }
  enum BookSort { NEWEST TITLE }
  type BookEdge { node: Book! }
  type BookConnection { edges: [BookEdge!]! totalCount: Int! }
  type Query {
    books(ids: [ID!]): [Book!]! @tag(name: "public")
    bookPage(first: Int! = 10, sort: BookSort! = NEWEST): BookConnection!
      @listSize(slicingArguments: ["first"], sizedFields: ["edges"])
  }
  type Mutation { addBook(title: String!): Book! }
`;

export const reviewsSdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@cost", "@tag"])
  type Book @key(fields: "id") {
    id: ID!
    reviews: [String!]! @tag(name: "public")
    summary: String @cost(weight: 20)
    seenAuthorization: String
    seenRequestId: String
    seenClientAddress: String
  }
`;

interface Headers {
  authorization?: string;
  requestId?: string;
  clientAddress?: string;
}

/**
 * One fixture subgraph: Apollo Server over `sdl` and `resolvers` (with `plugins`, e.g. the ones Learngraph's
 * subgraphs add), answering only requests signed with `routerKey`, batches included, and counting them.
 */
export async function serve(
  sdl: string,
  resolvers: Record<string, unknown>,
  routerKey: string,
  plugins: ApolloServerPlugin<Headers>[] = [],
) {
  const apollo = new ApolloServer<Headers>({
    schema: buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers: resolvers as never }]),
    plugins,
    allowBatchedHttpRequests: true,
  });
  await apollo.start();
  const handle = createGraphQLHandler({
    apollo,
    context: async (req) => ({
      authorization: req.headers.authorization,
      requestId: req.headers['x-request-id'] as string | undefined,
      clientAddress: req.headers['x-learngraph-client-address'] as string | undefined,
    }),
    // Large enough for the benchmark's 5,000 aliases once the router lets them through.
    maxBodyBytes: 10_000_000,
    routerKeys: [routerKey],
    // As Learngraph's subgraphs: a request id, a log line and a span that joins the router's trace.
    observation: { logger: createLogger('fixture', 'silent') },
  });
  let requests = 0;
  const server: Server = createServiceServer({
    graphql: (req, res) => {
      requests += 1;
      return handle(req, res);
    },
    readiness: {},
    logger: createLogger('fixture', 'silent'),
  });
  return { url: `${await listenOnFreePort(server)}/graphql`, server, requests: () => requests };
}

const sicp = { id: '1', title: 'Structure and Interpretation of Computer Programs' };

/**
 * Starts both fixture subgraphs. `reviewsGate`, when given, is awaited before reviews are answered, so that
 * a test can hold a subgraph fetch in flight.
 */
export async function startFixtureSubgraphs(routerKey: string, reviewsGate: () => Promise<void> = async () => {}) {
  const added: string[] = [];
  const books = await serve(
    booksSdl,
    {
      Query: {
        books: () => [sicp],
        bookPage: () => ({ edges: [{ node: sicp }], totalCount: 1 }),
      },
      Mutation: {
        addBook: (_parent: unknown, { title }: { title: string }) => {
          added.push(title);
          return { id: String(added.length + 1), title };
        },
      },
      Book: { sequel: () => null, related: () => [] },
    },
    routerKey,
  );
  const reviews = await serve(
    reviewsSdl,
    {
      Book: {
        __resolveReference: (book: { id: string }, headers: Headers) => ({ id: book.id, headers }),
        reviews: async () => {
          await reviewsGate();
          return ['A classic.'];
        },
        summary: () => 'Programs as a means of thought.',
        seenAuthorization: (book: { headers: Headers }) => book.headers.authorization ?? null,
        seenRequestId: (book: { headers: Headers }) => book.headers.requestId ?? null,
        seenClientAddress: (book: { headers: Headers }) => book.headers.clientAddress ?? null,
      },
    },
    routerKey,
  );
  return {
    books: { ...books, added },
    reviews,
    /** How many requests both subgraphs have been sent so far. */
    requests: () => books.requests() + reviews.requests(),
    close: () => Promise.all([books, reviews].map(({ server }) => new Promise((resolve) => server.close(resolve)))),
  };
}

/** The fixture subgraphs as the router composes them, at the URLs they listen on. */
export const fixtureSources = (subgraphs: { books: { url: string }; reviews: { url: string } }): SubgraphSource[] => [
  { name: 'books', url: subgraphs.books.url, sdl: booksSdl },
  { name: 'reviews', url: subgraphs.reviews.url, sdl: reviewsSdl },
];
