import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import {
  createGraphQLHandler,
  createRedis,
  createServiceServer,
  createTokenVerifier,
  currentRequest,
  type Logger,
  maskUnexpectedErrors,
  remoteKeySet,
  sendGraphQLError,
  type TokenKeys,
  useOperationRequired,
  useRequestRecord,
  useWellFormedText,
} from '@learngraph/service-kit';
import { openPolicy, readAccessPolicy } from './authorization/access-policy.js';
import type { RouterConfig } from './config.js';
import { createContextFactory, createPartnerContextFactory, type RouterContext } from './context.js';
import { publicSchema } from './contract/public-schema.js';
import { followCostModel } from './cost/follow-cost-model.js';
import { createEntityCache, type EntityCache } from './entity-cache/index.js';
import { createGateway } from './gateway.js';
import { withGraphiQL } from './graphiql/index.js';
import type { QueryLimits } from './limits/query-limits.js';
import { createRouterMetrics, type RouterMetrics } from './metrics/router-metrics.js';
import { createPartnerEndpoint } from './partner/partner-endpoint.js';
import { type ApiKeyResolver, createApiKeyResolver } from './partner-keys/api-key-resolver.js';
import { createPartnerRateLimit, type PartnerRateLimit } from './partner-keys/partner-rate-limit.js';
import { defaultSubgraphScopes } from './partner-keys/subgraph-scopes.js';
import { useAliasLimit } from './plugins/alias-limit.js';
import { useAuthorization } from './plugins/authorization.js';
import { useCostLimit } from './plugins/cost-limit.js';
import { useDepthLimit } from './plugins/depth-limit.js';
import { useDirectiveLimit } from './plugins/directive-limit.js';
import { useHiddenSuggestions } from './plugins/hidden-suggestions.js';
import { useMutationFieldsOnce } from './plugins/mutation-fields-once.js';
import { usePublicContract } from './plugins/public-contract.js';
import { useRootFieldLimit } from './plugins/root-field-limit.js';
import { useSelectionLimit } from './plugins/selection-limit.js';
import { useTokenLimit } from './plugins/token-limit.js';
import { redisKeyValueCache } from './response-cache/redis-key-value-cache.js';
import { useResponseCache } from './response-cache/use-response-cache.js';
import { subgraphReadiness } from './subgraph-readiness.js';
import { followSupergraph } from './supergraph/follow-supergraph.js';
import {
  manifestCache,
  type TrustedDocuments,
  usePublicGetCache,
  useTrustedDocuments,
} from './trusted-documents/index.js';

export interface RouterOptions {
  supergraphPath: string;
  subgraphUrls: Record<string, string>;
  /** The keys access tokens are checked against: the users subgraph's JWKS (`remoteKeySet`), fixed keys in tests. */
  tokenKeys: TokenKeys;
  routerKey: string;
  subgraphTimeoutMs: number;
  /** Whether the subgraphs accept batched requests (`SUBGRAPH_BATCHING`). */
  subgraphBatching?: boolean | undefined;
  maxBodyBytes: number;
  /** What an operation may ask for before the gateway plans it. */
  limits: QueryLimits;
  /** Whether `__schema` and `__type` are answered. */
  introspection: boolean;
  /** Whether a browser's `GET /graphql` gets GraphiQL (from the router's own assets); otherwise nothing but GraphQL. */
  graphiql: boolean;
  /** Whether error messages may suggest names ("Did you mean …?"). */
  fieldSuggestions: boolean;
  /** Whether the caller's address is the first `X-Forwarded-For` entry; see `ContextOptions`. */
  trustForwardedFor: boolean;
  /** Resolves partners' API keys (`x-api-key`); without it they are refused. */
  apiKeys?: ApiKeyResolver | undefined;
  /** Counts partners' requests per minute against their rate tier. */
  partnerRateLimit?: PartnerRateLimit | undefined;
  /** How many partner operations' verdicts against the public contract are remembered. */
  partnerContractCacheSize: number;
  /** The scope partners need per subgraph (default `defaultSubgraphScopes`). */
  subgraphScopes?: Record<string, string>;
  /** Where anonymous answers are cached (`RESPONSE_CACHE`); none: nothing is. */
  responseCache?: KeyValueCache<string> | undefined;
  /** Where public entities of entity fetches are cached, forgotten on catalog changes (`ENTITY_CACHE`); none: nothing is. */
  entityCache?: EntityCache | undefined;
  /** The registered documents of first-party clients, and whether `/graphql` runs only those. */
  trustedDocuments: TrustedDocuments & { required: boolean };
  /** How long the edge may cache an error-free anonymous GET answer (`Cache-Control: public`); 0 for never. */
  publicCacheMaxAgeSeconds: number;
  /** Where requests, subgraph fetches and cache lookups are counted (default: a fresh registry), served at `/metrics`. */
  metrics?: RouterMetrics;
  logger: Logger;
}

/**
 * The router's options as its configuration gives them.
 *
 * @example
 * const router = await createRouter(routerOptions(readConfig(), createLogger('router', 'info')));
 */
export function routerOptions(config: RouterConfig, logger: Logger): RouterOptions {
  const redis = config.REDIS_URL ? createRedis(config.REDIS_URL, logger, 'router-api-keys') : undefined;
  return {
    supergraphPath: config.supergraphPath,
    subgraphUrls: config.subgraphUrls,
    tokenKeys: remoteKeySet(new URL(config.JWKS_URL)),
    routerKey: config.ROUTER_SUBGRAPH_KEY,
    subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    subgraphBatching: config.SUBGRAPH_BATCHING,
    maxBodyBytes: config.MAX_BODY_BYTES,
    limits: config.limits,
    introspection: config.introspection,
    graphiql: config.GRAPHIQL,
    fieldSuggestions: config.fieldSuggestions,
    trustForwardedFor: config.TRUST_FORWARDED_FOR,
    apiKeys: config.API_KEY_RESOLVE_URL
      ? createApiKeyResolver({
          url: config.API_KEY_RESOLVE_URL,
          routerKey: config.ROUTER_SUBGRAPH_KEY,
          redis,
          cacheSeconds: config.API_KEY_CACHE_SECONDS,
          logger,
        })
      : undefined,
    partnerRateLimit: createPartnerRateLimit({ redis, limits: config.partnerRateLimits, logger }),
    partnerContractCacheSize: config.PARTNER_CONTRACT_CACHE_SIZE,
    responseCache: config.RESPONSE_CACHE && redis ? redisKeyValueCache(redis, 'router:response:') : undefined,
    entityCache:
      config.ENTITY_CACHE && config.REDIS_URL && redis
        ? createEntityCache({ redis, redisUrl: config.REDIS_URL, stream: config.CATALOG_EVENTS_STREAM, logger })
        : undefined,
    trustedDocuments: { ...config.trustedDocuments, required: config.REQUIRE_TRUSTED_DOCUMENTS },
    publicCacheMaxAgeSeconds: config.PUBLIC_CACHE_MAX_AGE_SECONDS,
    logger,
  };
}

/**
 * The router's HTTP server: `/graphql` through Apollo Gateway for first-party clients, `/partner/graphql` for partner
 * apps' API keys held to the public contract (see `createPartnerEndpoint`, `usePublicContract`), `/metrics` in
 * Prometheus text (see `createRouterMetrics`), and `/health`
 * answering 200 only once the supergraph is loaded and the gateway can plan queries. `start()` loads the supergraph.
 * Every operation is checked against `limits` (tokens before parsing, the rest before planning), and, when it is a
 * mutation, for repeated fields; then the fields its caller may not have are removed (see `useAuthorization`).
 *
 * @example
 * const router = await createRouter(routerOptions(config, logger));
 * await router.start();
 */
export async function createRouter(options: RouterOptions) {
  const {
    supergraphPath,
    subgraphUrls,
    tokenKeys,
    routerKey,
    subgraphTimeoutMs,
    subgraphBatching,
    maxBodyBytes,
    limits,
    introspection,
    graphiql,
    fieldSuggestions,
    trustForwardedFor,
    apiKeys,
    partnerRateLimit,
    partnerContractCacheSize,
    subgraphScopes = defaultSubgraphScopes,
    responseCache,
    entityCache,
    trustedDocuments,
    publicCacheMaxAgeSeconds,
    metrics = createRouterMetrics(),
    logger,
  } = options;
  const gateway = createGateway({
    supergraphPath,
    subgraphUrls,
    routerKey,
    subgraphTimeoutMs,
    subgraphScopes,
    subgraphBatching,
    observeFetch: metrics.observeSubgraphFetch,
    entityCache: entityCache && { store: entityCache.store, metrics },
    logger,
  });
  const costModel = followCostModel(gateway);
  metrics.knowOperations(trustedDocuments.operationNames);
  const apollo = new ApolloServer<RouterContext>({
    gateway,
    introspection,
    hideSchemaDetailsFromClientErrors: !fieldSuggestions,
    parseOptions: { maxTokens: limits.maxTokens },
    persistedQueries: { cache: manifestCache(trustedDocuments.documents), ttl: null },
    includeStacktraceInErrorResponses: false,
    plugins: [
      // Apollo's own landing page loads its sandbox from a CDN; GraphiQL takes its place in development.
      ApolloServerPluginLandingPageDisabled(),
      useRequestRecord(),
      useTrustedDocuments({ ...trustedDocuments, exempt: (context) => Boolean(context.partner) }),
      usePublicGetCache(publicCacheMaxAgeSeconds),
      useTokenLimit(limits.maxTokens),
      useOperationRequired(),
      useWellFormedText(),
      useDepthLimit(limits.maxDepth),
      useAliasLimit(limits.maxAliases),
      useRootFieldLimit(limits.maxRootFields),
      useDirectiveLimit(limits.maxDirectives),
      useSelectionLimit(limits.maxSelections),
      useMutationFieldsOnce(),
      useCostLimit(limits.maxCost, costModel),
      ...(fieldSuggestions ? [] : [useHiddenSuggestions()]),
      usePublicContract(
        followSupergraph(gateway, (served) => publicSchema(served.apiSchema, served.coreSupergraphSdl), null),
        partnerContractCacheSize,
      ),
      useAuthorization(
        followSupergraph(gateway, ({ coreSupergraphSdl }) => readAccessPolicy(coreSupergraphSdl), openPolicy),
      ),
      ...(responseCache ? [useResponseCache(responseCache, logger, metrics)] : []),
    ],
    formatError: maskUnexpectedErrors((error) =>
      logger.error({ err: error, requestId: currentRequest()?.requestId }, 'unexpected error in the router'),
    ),
  });
  let ready = false;
  const whenReady =
    (handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>) =>
    async (req: IncomingMessage, res: ServerResponse) => {
      if (ready) return handle(req, res);
      sendGraphQLError(res, 503, 'NOT_READY', 'The router is starting; try again shortly.');
    };
  const handle = createGraphQLHandler({
    apollo,
    context: createContextFactory(createTokenVerifier(tokenKeys), { trustForwardedFor }),
    maxBodyBytes,
    observation: { logger, onRequestEnd: metrics.observeRequest },
  });
  const partner = createPartnerEndpoint({ apiKeys, partnerRateLimit });
  const handlePartner = createGraphQLHandler({
    apollo,
    context: createPartnerContextFactory(partner.partnerOf, { trustForwardedFor }),
    maxBodyBytes,
    observation: { logger, onRequestEnd: metrics.observeRequest },
  });
  const firstParty = graphiql ? withGraphiQL(whenReady(handle)) : { graphql: whenReady(handle), routes: {} };
  const server = createServiceServer({
    graphql: firstParty.graphql,
    routes: { ...firstParty.routes, '/partner/graphql': whenReady(partner.handler(handlePartner)) },
    readiness: subgraphReadiness({ gateway, subgraphUrls, isServing: () => ready }),
    metrics: () => metrics.registry.metrics(),
    logger,
  });
  let following: { stop(): Promise<void> } | undefined;
  return {
    server,
    metrics,
    async start() {
      await apollo.start();
      following = entityCache?.followChanges();
      ready = true;
    },
    async stop() {
      await following?.stop();
      await apollo.stop();
    },
  };
}
