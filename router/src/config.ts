import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  ConfigError,
  loadConfig,
  logLevel,
  oneOf,
  port,
  positiveInt,
  redisUrl,
  secret,
  tokenTrust,
  url,
} from '@learngraph/service-kit';
import { z } from 'zod';
import type { QueryLimits } from './limits/query-limits.js';
import { parseTierLimits } from './partner-keys/partner-rate-limit.js';
import { configuredTrustedDocuments } from './trusted-documents/index.js';

const defaultSupergraph = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));

/** `true` or `false`, defaulting to `fallback`. */
const flag = (fallback: boolean) =>
  oneOf(['true', 'false'] as const, fallback ? 'true' : 'false').transform((value) => value === 'true');

/**
 * The router's configuration: `--supergraph <file>` and `--port <n>` on the command line (defaults:
 * the repository's supergraph.graphql and 4000, or `PORT`), the rest from the environment.
 * `SUBGRAPH_<NAME>_URL` (e.g. `SUBGRAPH_LEARNING_PATHS_URL`) overrides the URL a subgraph has in the
 * supergraph, so one composed file serves every environment. `limits` gathers the query limits (see
 * `QueryLimits`); `introspection` and `fieldSuggestions` are on by default only when `NODE_ENV=development`.
 *
 * @example
 * JWKS_URL=http://127.0.0.1:4002/.well-known/jwks.json learngraph-router --supergraph supergraph.graphql --port 4000
 */
export function readConfig(
  argv: string[] = process.argv.slice(2),
  env: Record<string, string | undefined> = process.env,
) {
  let flags: { supergraph?: string; port?: string };
  try {
    flags = parseArgs({ args: argv, options: { supergraph: { type: 'string' }, port: { type: 'string' } } }).values;
  } catch (error) {
    throw new ConfigError(
      `Invalid arguments: ${(error as Error).message}. Usage: learngraph-router [--supergraph <file>] [--port <n>]`,
    );
  }
  const supergraphPath = resolve(flags.supergraph ?? defaultSupergraph);
  const development = env.NODE_ENV === 'development';
  if (!existsSync(supergraphPath))
    throw new ConfigError(`Invalid configuration: --supergraph ${supergraphPath} does not exist`);
  const config = loadConfig(
    {
      PORT: port(4000),
      HOST: z.string().default('127.0.0.1'),
      /** The users subgraph's published token keys; fetched on first use, again for a key it does not hold. */
      ...tokenTrust,
      /** Signs every subgraph request; the subgraphs hold the same key and answer nothing unsigned. */
      ROUTER_SUBGRAPH_KEY: secret(),
      /**
       * The users subgraph's `/internal/api-keys/resolve`, through which partners' `x-api-key` is resolved;
       * without it API keys are refused.
       */
      API_KEY_RESOLVE_URL: url(['http', 'https']).optional(),
      /** Caches resolved API keys; without it every partner request asks the users subgraph. */
      REDIS_URL: redisUrl().optional(),
      /**
       * Whether anonymous queries' answers are kept in Redis (`REDIS_URL`) for as long as the subgraphs'
       * `Cache-Control` allows; see the response cache in the README.
       */
      RESPONSE_CACHE: flag(false),
      /**
       * Whether the public entities the subgraphs answer entity fetches with are kept in Redis (`REDIS_URL`) for as
       * long as their `Cache-Control` allows, and forgotten when the catalog announces a change; see the README.
       */
      ENTITY_CACHE: flag(false),
      /** The catalog's event stream, read to forget changed resources' cached entities. */
      CATALOG_EVENTS_STREAM: z.string().min(1).default('learngraph:catalog:events'),
      /** How long a resolved API key is cached: the longest a revoked key keeps working. */
      API_KEY_CACHE_SECONDS: positiveInt(30),
      /** Requests per minute of one partner app, by its rate tier (counted in Redis). */
      PARTNER_RATE_LIMITS: z
        .string()
        .default('BASIC=60,STANDARD=600,PREMIUM=6000')
        .refine((value) => parseTierLimits(value) !== null, { message: 'TIER=<requests per minute>, comma-separated' }),
      /**
       * How many partner operations' verdicts against the public contract are remembered (least recently used
       * forgotten first), so a partner's repeated query is not validated against the contract again.
       */
      PARTNER_CONTRACT_CACHE_SIZE: positiveInt(1_000),
      /** How long one subgraph fetch may take before its fields fail with SUBGRAPH_TIMEOUT. */
      SUBGRAPH_TIMEOUT_MS: positiveInt(10_000),
      /**
       * Whether the subgraph fetches of a query-plan level that go to one subgraph are sent in one HTTP request
       * (a JSON array of operations). Only for subgraphs that accept batched requests (Apollo Server's
       * `allowBatchedHttpRequests`); a subgraph that refuses them fails every batched fetch.
       */
      SUBGRAPH_BATCHING: flag(false),
      /** Largest accepted request body. */
      MAX_BODY_BYTES: positiveInt(1_000_000),
      /** Deepest nesting of fields an operation may have. */
      MAX_QUERY_DEPTH: positiveInt(12),
      /** Most aliased fields in an operation, counting through fragments. */
      MAX_ALIASES: positiveInt(30),
      /** Most fields directly under the operation's root, counting through fragments. */
      MAX_ROOT_FIELDS: positiveInt(20),
      /** Most directives in an operation, counting through fragments. */
      MAX_DIRECTIVES: positiveInt(50),
      /** Most lexical tokens in a document; counted before it is parsed. */
      MAX_TOKENS: positiveInt(1_000),
      /** Most field selections once every fragment spread is expanded: what the query planner works through. */
      MAX_SELECTIONS: positiveInt(1_000),
      /** Highest estimated cost (`@cost`/`@listSize` of the supergraph, page sizes) an operation may have. */
      MAX_COST: positiveInt(10_000),
      /** Whether `__schema` and `__type` are answered. */
      INTROSPECTION: flag(development),
      /** Whether a browser's `GET /graphql` gets GraphiQL, served from the router's own assets. */
      GRAPHIQL: flag(development),
      /** Whether errors may suggest names ("Did you mean …?"), which reveals the schema piece by piece. */
      FIELD_SUGGESTIONS: flag(development),
      /**
       * Whether the caller's address is the first `X-Forwarded-For` entry (set by the edge from Cloudflare's
       * `cf-connecting-ip`) rather than the socket's peer. On by default because only the edge reaches the
       * router; set `false` wherever callers can reach the router directly.
       */
      TRUST_FORWARDED_FOR: flag(true),
      /** The persisted-documents manifest of the web app's operations (default: the one `pnpm codegen` writes). */
      TRUSTED_DOCUMENTS_MANIFEST: z.string().optional(),
      /** Whether `/graphql` runs only those documents (partners' requests aside); off by default in development. */
      REQUIRE_TRUSTED_DOCUMENTS: flag(!development),
      /** How long the edge may cache an error-free GET answer for an anonymous caller; 0 for never. */
      PUBLIC_CACHE_MAX_AGE_SECONDS: z.coerce.number().int().min(0, 'a whole number of seconds').default(30),
      LOG_LEVEL: logLevel(),
    },
    { ...env, PORT: flags.port ?? env.PORT },
  );
  if (config.RESPONSE_CACHE && !config.REDIS_URL)
    throw new ConfigError('Invalid configuration: RESPONSE_CACHE=true needs REDIS_URL');
  if (config.ENTITY_CACHE && !config.REDIS_URL)
    throw new ConfigError('Invalid configuration: ENTITY_CACHE=true needs REDIS_URL');
  const subgraphUrls = Object.fromEntries(
    Object.entries(env)
      .filter(([name, value]) => /^SUBGRAPH_[A-Z0-9_]+_URL$/.test(name) && value)
      .map(([name, value]) => [
        name.slice('SUBGRAPH_'.length, -'_URL'.length).toLowerCase().replaceAll('_', '-'),
        value as string,
      ]),
  );
  for (const [name, url] of Object.entries(subgraphUrls)) {
    if (!URL.canParse(url))
      throw new ConfigError(
        `Invalid configuration: SUBGRAPH_${name.toUpperCase().replaceAll('-', '_')}_URL is not a URL`,
      );
  }
  const limits: QueryLimits = {
    maxDepth: config.MAX_QUERY_DEPTH,
    maxAliases: config.MAX_ALIASES,
    maxRootFields: config.MAX_ROOT_FIELDS,
    maxDirectives: config.MAX_DIRECTIVES,
    maxTokens: config.MAX_TOKENS,
    maxSelections: config.MAX_SELECTIONS,
    maxCost: config.MAX_COST,
  };
  return {
    ...config,
    partnerRateLimits: parseTierLimits(config.PARTNER_RATE_LIMITS) ?? {},
    supergraphPath,
    subgraphUrls,
    limits,
    introspection: config.INTROSPECTION,
    fieldSuggestions: config.FIELD_SUGGESTIONS,
    trustedDocuments: configuredTrustedDocuments(config.TRUSTED_DOCUMENTS_MANIFEST, config.REQUIRE_TRUSTED_DOCUMENTS),
  };
}

export type RouterConfig = ReturnType<typeof readConfig>;
