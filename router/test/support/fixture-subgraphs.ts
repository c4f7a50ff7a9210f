import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createGraphQLHandler, createLogger, createServiceServer } from '@learngraph/service-kit';
import { listenOnFreePort } from '@learngraph/service-kit/testing';
import { parse } from 'graphql';

/**
 * Two tiny real subgraphs for router tests: `books` owns Book, `reviews` adds Book.reviews and reports
 * the headers the router forwarded, so tests can see what crossed the wire. Like Learngraph's subgraphs,
 * both answer only requests signed with `routerKey`.
 */
export const booksSdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Book @key(fields: "id") { id: ID! title: String! }
  type Query { books: [Book!]! }
`;

export const reviewsSdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Book @key(fields: "id") { id: ID! reviews: [String!]! seenAuthorization: String seenRequestId: String }
`;

interface Headers {
  authorization?: string;
  requestId?: string;
}

async function serve(
  sdl: string,
  resolvers: Record<string, unknown>,
  routerKey: string,
): Promise<{ url: string; server: Server }> {
  const apollo = new ApolloServer<Headers>({
    schema: buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers: resolvers as never }]),
  });
  await apollo.start();
  const server = createServiceServer({
    graphql: createGraphQLHandler({
      apollo,
      context: async (req) => ({
        authorization: req.headers.authorization,
        requestId: req.headers['x-request-id'] as string | undefined,
      }),
      maxBodyBytes: 100_000,
      routerKeys: [routerKey],
    }),
    readiness: {},
    logger: createLogger('fixture', 'silent'),
  });
  return { url: `${await listenOnFreePort(server)}/graphql`, server };
}

/**
 * Starts both fixture subgraphs. `reviewsGate`, when given, is awaited before reviews are answered, so that
 * a test can hold a subgraph fetch in flight.
 */
export async function startFixtureSubgraphs(routerKey: string, reviewsGate: () => Promise<void> = async () => {}) {
  const books = await serve(
    booksSdl,
    { Query: { books: () => [{ id: '1', title: 'Structure and Interpretation of Computer Programs' }] } },
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
        seenAuthorization: (book: { headers: Headers }) => book.headers.authorization ?? null,
        seenRequestId: (book: { headers: Headers }) => book.headers.requestId ?? null,
      },
    },
    routerKey,
  );
  return {
    books,
    reviews,
    close: () => Promise.all([books, reviews].map(({ server }) => new Promise((resolve) => server.close(resolve)))),
  };
}
