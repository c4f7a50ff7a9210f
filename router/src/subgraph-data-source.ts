import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { clientAddressHeader, ErrorCode, injectTraceContext, type Logger } from '@learngraph/service-kit';
import { GraphQLError } from 'graphql';
import type { RouterContext } from './context.js';
import type { EntityStore } from './entity-cache/index.js';
import type { CacheMetrics } from './metrics/router-metrics.js';
import { fetcherResponse } from './subgraph-transport/fetcher-response.js';
import { SubgraphFetchError } from './subgraph-transport/pooled-post.js';
import { subgraphPost } from './subgraph-transport/subgraph-post.js';

type SendRequest = NonNullable<RemoteGraphQLDataSource<RouterContext>['willSendRequest']>;
type FetcherResponse = Awaited<ReturnType<RemoteGraphQLDataSource['fetcher']>>;

export interface SubgraphDataSourceOptions {
  /** The subgraph's name in the supergraph, for errors and logs. */
  name: string;
  url: string;
  /** The key every request is signed with; subgraphs answer nothing unsigned. */
  routerKey: string;
  /** How long one subgraph fetch may take before its fields fail with SUBGRAPH_TIMEOUT. */
  timeoutMs: number;
  /** The scope a partner's key needs for this subgraph's fields; none: partners may not read it. */
  partnerScope?: string | undefined;
  /** Whether the subgraph accepts batched requests, so that fetches sent together go in one. */
  batching?: boolean | undefined;
  /** Where public entities of entity fetches are cached (`ENTITY_CACHE`), and who is told each lookup. */
  entityCache?: { store: EntityStore; metrics: CacheMetrics } | undefined;
  logger: Logger;
}

const subgraphError = (name: string, code: string, message: string) =>
  new GraphQLError(message, { extensions: { code, subgraph: name } });

/**
 * How the router talks to one subgraph: every request signed with the router key (and carrying the
 * caller's token, request id and address), bounded by a timeout, over a pool of keep-alive connections. A subgraph that
 * cannot be reached, is too slow or fails answers its own fields with SUBGRAPH_UNAVAILABLE,
 * SUBGRAPH_TIMEOUT or SUBGRAPH_ERROR while the rest of the query still answers; nothing of a subgraph's
 * failure (bodies, addresses) reaches the client.
 *
 * @example
 * new SubgraphDataSource({ name: 'catalog', url, routerKey, timeoutMs: 10_000, logger });
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<RouterContext> {
  private readonly name: string;
  private readonly partnerScope: string | undefined;

  constructor(options: SubgraphDataSourceOptions) {
    const { name, url, routerKey, timeoutMs, partnerScope, batching, entityCache, logger } = options;
    super({ url });
    this.name = name;
    this.partnerScope = partnerScope;
    const { post } = subgraphPost({
      url,
      routerKey,
      timeoutMs,
      batching,
      entityCache: entityCache && { subgraph: name, ...entityCache },
    });
    this.fetcher = async (target, init) => {
      try {
        return fetcherResponse(
          target,
          await post(typeof init?.body === 'string' ? init.body : '', init?.headers ?? {}),
        );
      } catch (error) {
        if (!(error instanceof SubgraphFetchError)) throw error;
        const timedOut = error.reason === 'timeout';
        logger.warn({ subgraph: name, err: error.cause }, timedOut ? 'subgraph timed out' : 'subgraph unreachable');
        throw timedOut
          ? subgraphError(name, 'SUBGRAPH_TIMEOUT', `The ${name} service did not answer within ${timeoutMs} ms.`)
          : subgraphError(name, 'SUBGRAPH_UNAVAILABLE', `The ${name} service is unavailable.`);
      }
    };
    this.errorFromResponse = async (response: FetcherResponse) => {
      const body = await response.text().catch(() => '');
      logger.warn({ subgraph: name, status: response.status, body: body.slice(0, 500) }, 'subgraph answered an error');
      return response.status >= 500
        ? subgraphError(name, 'SUBGRAPH_UNAVAILABLE', `The ${name} service is unavailable.`)
        : subgraphError(name, 'SUBGRAPH_ERROR', `The ${name} service refused the request.`);
    };
  }

  override willSendRequest({ request, context }: Parameters<SendRequest>[0]) {
    if (context.partner) this.checkPartner(context.partner.scopes, request.query ?? '');
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
    if (context.clientAddress) request.http?.headers.set(clientAddressHeader, context.clientAddress);
    injectTraceContext(request.http?.headers);
  }

  /**
   * A partner key reads only what its scopes cover, and changes nothing: this subgraph's fields of the plan fail
   * with FORBIDDEN (naming the scope) while the fields of subgraphs it may read still answer.
   */
  private checkPartner(scopes: readonly string[], query: string) {
    const scope = this.partnerScope;
    if (/^\s*mutation\b/.test(query))
      throw new GraphQLError('API keys only read; changes need a signed-in person.', {
        extensions: { code: ErrorCode.Forbidden, subgraph: this.name },
      });
    if (!scope || !scopes.includes(scope))
      throw new GraphQLError(
        scope ? `This API key lacks the scope ${scope}.` : `API keys cannot read the ${this.name} service.`,
        { extensions: { code: ErrorCode.Forbidden, subgraph: this.name, ...(scope ? { scope } : {}) } },
      );
  }
}
