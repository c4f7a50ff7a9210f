import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { createLogger } from '@learngraph/service-kit';
import { generateRouterKey } from '@learngraph/service-kit/testing';
import { readConfig } from '../../../src/config.js';
import { createRouter, routerOptions } from '../../../src/server.js';

/** A gateway under test: where it serves GraphQL. */
export type StartGateway = (supergraphPath: string, supergraphSdl: string) => Promise<string>;

/** `@apollo/gateway` on `@apollo/server` with every default: what the comparison is made against. */
const vanilla: StartGateway = async (_path, supergraphSdl) => {
  const apollo = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl }) });
  const { url } = await startStandaloneServer(apollo, { listen: { host: '127.0.0.1', port: 0 } });
  return url;
};

/** `@graphql-hive/gateway` with its defaults, logging off. */
const hive: StartGateway = async (_path, supergraphSdl) => {
  const runtime = createGatewayRuntime({ supergraph: supergraphSdl, logging: false });
  const server = createServer(runtime);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
};

/**
 * Our router as `learngraph-router` runs it in production (every limit, token verification and subgraph
 * signing on; its caches off), reading the supergraph file.
 */
const learngraph: StartGateway = async (supergraphPath) => {
  const config = readConfig(['--supergraph', supergraphPath], {
    // Fetched only for a request that carries a token, which the benchmark does not send.
    JWKS_URL: 'http://127.0.0.1:9/.well-known/jwks.json',
    ROUTER_SUBGRAPH_KEY: generateRouterKey(),
    // The benchmark's subgraphs accept batched requests, as Apollo Server subgraphs can.
    SUBGRAPH_BATCHING: 'true',
    // The workload's query is sent as text, as to the other gateways: it is nobody's trusted document.
    REQUIRE_TRUSTED_DOCUMENTS: 'false',
  });
  const router = await createRouter(routerOptions(config, createLogger('router', 'error')));
  await new Promise<void>((resolve) => router.server.listen(0, '127.0.0.1', resolve));
  await router.start();
  return `http://127.0.0.1:${(router.server.address() as AddressInfo).port}/graphql`;
};

/** The gateways the benchmark compares, by the name it prints. */
export const gateways: Record<string, StartGateway> = {
  '@apollo/gateway': vanilla,
  '@graphql-hive/gateway': hive,
  learngraph,
};
