import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createGraphQLHandler, createLogger, createServiceServer } from '@learngraph/service-kit';
import { listenOnFreePort } from '@learngraph/service-kit/testing';
import { parse } from 'graphql';
import type { SubgraphSource } from '../../../../src/compose/compose.js';
import { accountsSubgraph } from './accounts.js';
import { inventorySubgraph } from './inventory.js';
import { productsSubgraph } from './products.js';
import { reviewsSubgraph } from './reviews.js';

const definitions = [accountsSubgraph, inventorySubgraph, productsSubgraph, reviewsSubgraph];

/**
 * Starts the four subgraphs of the federation benchmark on free ports, as Apollo Server subgraphs that accept
 * batched requests (a JSON array of operations), and counts the HTTP requests they are sent. They check no
 * router signature: the benchmark measures gateways, not HMACs.
 *
 * @example
 * const subgraphs = await serveBenchSubgraphs();
 * compose(subgraphs.sources);
 */
export async function serveBenchSubgraphs() {
  let requests = 0;
  const started = await Promise.all(
    definitions.map(async ({ name, sdl, resolvers }) => {
      const apollo = new ApolloServer({
        schema: buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers: resolvers as never }]),
        allowBatchedHttpRequests: true,
        plugins: [ApolloServerPluginInlineTraceDisabled()],
      });
      await apollo.start();
      const handle = createGraphQLHandler({ apollo, context: async () => ({}), maxBodyBytes: 10_000_000 });
      const server: Server = createServiceServer({
        graphql: (req, res) => {
          requests += 1;
          return handle(req, res);
        },
        readiness: {},
        logger: createLogger(name, 'silent'),
      });
      const url = `${await listenOnFreePort(server)}/graphql`;
      return { source: { name, url, sdl } satisfies SubgraphSource, server };
    }),
  );
  return {
    sources: started.map(({ source }) => source),
    /** HTTP requests the subgraphs have been sent so far, all together. */
    requests: () => requests,
    close: () => Promise.all(started.map(({ server }) => new Promise((resolve) => server.close(resolve)))),
  };
}
