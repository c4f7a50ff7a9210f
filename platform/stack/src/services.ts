import { join } from 'node:path';
import { repoRoot, type StackConfig } from './config.js';
import type { ServiceSpec } from './service-process.js';

export interface StackEnvironment {
  config: StackConfig;
  databaseUrls: Record<'catalog' | 'users' | 'search' | 'learning-paths', string>;
  redisUrl: string;
  /** Whether that Redis is the stand-in, which has no hashes: the router's entity cache stays off then. */
  redisStandIn: boolean;
  /** The first token-signing key of the users subgraph; later ones it makes itself (rotation). */
  keys: { privateKey: string; publicKey: string };
  /** Seals the users subgraph's signing keys in its database. */
  signingKeySecret: string;
  /** Signs the router's requests to the subgraphs, which answer nothing else. */
  routerKey: string;
}

const node = process.execPath;
const local = (port: number, path: string) => `http://127.0.0.1:${port}${path}`;

/** Where the users subgraph publishes the keys that verify access tokens. */
const jwksUrl = (config: StackConfig) => local(config.USERS_PORT, '/.well-known/jwks.json');

/** The four subgraphs, each as a Node process reading its configuration from the environment. */
export function subgraphSpecs(env: StackEnvironment): ServiceSpec[] {
  const { config, databaseUrls, redisUrl, keys, routerKey, signingKeySecret } = env;
  const common = {
    HOST: '127.0.0.1',
    LOG_LEVEL: config.LOG_LEVEL,
    JWKS_URL: jwksUrl(config),
    ROUTER_SUBGRAPH_KEY: routerKey,
  };
  const subgraph = (
    name: keyof StackEnvironment['databaseUrls'],
    port: number,
    extra: Record<string, string>,
  ): ServiceSpec => ({
    name,
    command: node,
    args: [join(repoRoot, 'subgraphs', name, 'dist', 'index.js')],
    cwd: join(repoRoot, 'subgraphs', name),
    env: { ...common, PORT: String(port), DATABASE_URL: databaseUrls[name], ...extra },
    healthUrl: local(port, '/health/ready'),
  });
  return [
    subgraph('catalog', config.CATALOG_PORT, { REDIS_URL: redisUrl }),
    subgraph('users', config.USERS_PORT, {
      JWT_PRIVATE_KEY: keys.privateKey,
      SIGNING_KEY_SECRET: signingKeySecret,
      REDIS_URL: redisUrl,
    }),
    subgraph('search', config.SEARCH_PORT, { REDIS_URL: redisUrl }),
    subgraph('learning-paths', config.LEARNING_PATHS_PORT, { REDIS_URL: redisUrl }),
  ];
}

/** The router, pointed at the subgraphs' actual ports (they may differ from those in the supergraph). */
export function routerSpec(env: StackEnvironment): ServiceSpec {
  const { config, routerKey, redisUrl, redisStandIn } = env;
  return {
    name: 'router',
    command: node,
    args: [join(repoRoot, 'router', 'dist', 'index.js'), '--port', String(config.ROUTER_PORT)],
    cwd: join(repoRoot, 'router'),
    env: {
      HOST: '127.0.0.1',
      LOG_LEVEL: config.LOG_LEVEL,
      JWKS_URL: jwksUrl(config),
      API_KEY_RESOLVE_URL: local(config.USERS_PORT, '/internal/api-keys/resolve'),
      REDIS_URL: redisUrl,
      ROUTER_SUBGRAPH_KEY: routerKey,
      // Learngraph's subgraphs accept batched requests: a query-plan level's fetches to one subgraph go as one.
      SUBGRAPH_BATCHING: 'true',
      // Entities the subgraphs answer public are kept in Redis, and forgotten when the catalog changes them.
      ENTITY_CACHE: redisStandIn ? 'false' : 'true',
      SUBGRAPH_CATALOG_URL: local(config.CATALOG_PORT, '/graphql'),
      SUBGRAPH_USERS_URL: local(config.USERS_PORT, '/graphql'),
      SUBGRAPH_SEARCH_URL: local(config.SEARCH_PORT, '/graphql'),
      SUBGRAPH_LEARNING_PATHS_URL: local(config.LEARNING_PATHS_PORT, '/graphql'),
      // The web app sends its registered documents by hash either way; the scenarios and a developer's own tools
      // send documents of their own, which a production router refuses.
      REQUIRE_TRUSTED_DOCUMENTS: 'false',
    },
    healthUrl: local(config.ROUTER_PORT, '/health'),
  };
}

/** The built Next.js site, server-rendering through the router. */
export function webSpec(config: StackConfig, viewKeySecret: string): ServiceSpec {
  return {
    name: 'web',
    command: node,
    args: [
      join(repoRoot, 'web', 'node_modules', 'next', 'dist', 'bin', 'next'),
      'start',
      '--hostname',
      '127.0.0.1',
      '--port',
      String(config.WEB_PORT),
      // Longer than the edge keeps idle connections, so that it never reuses one the web server just closed.
      '--keepAliveTimeout',
      '65000',
    ],
    cwd: join(repoRoot, 'web'),
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      ROUTER_URL: local(config.ROUTER_PORT, '/graphql'),
      // visitors reach the site through the edge: the sitemaps name its origin
      SITE_URL: local(config.EDGE_PORT, ''),
      // kept in the data directory, so that a restarted web server counts a visitor's view once that day too
      VIEW_KEY_SECRET: viewKeySecret,
    },
    healthUrl: local(config.WEB_PORT, '/'),
  };
}

/** The edge worker in workerd (wrangler dev), the single public entry. */
export function edgeSpec(config: StackConfig): ServiceSpec {
  return {
    name: 'edge',
    command: node,
    args: [join(repoRoot, 'edge-worker', 'scripts', 'dev.mjs')],
    cwd: join(repoRoot, 'edge-worker'),
    env: {
      EDGE_PORT: String(config.EDGE_PORT),
      ROUTER_ORIGIN: local(config.ROUTER_PORT, ''),
      WEB_ORIGIN: local(config.WEB_PORT, ''),
    },
    healthUrl: local(config.EDGE_PORT, '/'),
    startTimeoutMs: 120_000,
  };
}
