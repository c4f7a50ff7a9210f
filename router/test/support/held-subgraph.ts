import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { createGraphQLHandler } from '@learngraph/service-kit';
import { listenOnFreePort } from '@learngraph/service-kit/testing';
import { GraphQLError } from 'graphql';

const typeDefs = `
  type Query { echo(text: String!): String! refuse(text: String!): String }
  type Mutation { record(text: String!): String! }
`;

/**
 * A real GraphQL server (Apollo Server, batched requests allowed) for the router's transport tests: `echo` answers
 * its text, `refuse` fails with a coded error, `record` is a mutation. It counts the HTTP requests it is sent
 * and, while `hold()` is on, answers none until `release()`, so that a test can keep requests in flight.
 */
export async function startHeldSubgraph() {
  const apollo = new ApolloServer({
    typeDefs,
    resolvers: {
      Query: {
        echo: (_: unknown, { text }: { text: string }) => text,
        refuse: (_: unknown, { text }: { text: string }) => {
          throw new GraphQLError(`refused ${text}`, { extensions: { code: 'REFUSED' } });
        },
      },
      Mutation: { record: (_: unknown, { text }: { text: string }) => text },
    },
    allowBatchedHttpRequests: true,
  });
  await apollo.start();
  const handle = createGraphQLHandler({ apollo, context: async () => ({}), maxBodyBytes: 1_000_000 });
  let held: Promise<void> | undefined;
  let release = () => {};
  let requests = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests += 1;
    void (held ?? Promise.resolve()).then(() => handle(req, res));
  });
  const url = `${await listenOnFreePort(server)}/graphql`;
  return {
    url,
    /** How many HTTP requests it has received so far. */
    requests: () => requests,
    hold() {
      held = new Promise<void>((resolve) => (release = resolve));
    },
    release() {
      held = undefined;
      release();
    },
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
    },
  };
}
