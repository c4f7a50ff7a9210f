import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { ErrorCode, type TokenVerifier, viewerFromAuthorization } from '@learngraph/service-kit';
import { GraphQLError } from 'graphql';
import { type CallerAccess, callerAccess } from './authorization/caller-access.js';
import { ApiKeyResolutionError, type ApiKeyResolver, type PartnerApp } from './partner-keys/api-key-resolver.js';
import type { PartnerRateLimit } from './partner-keys/partner-rate-limit.js';

/** What the router keeps of a request to pass on to subgraphs. */
export interface RouterContext {
  authorization?: string;
  requestId?: string;
  /** The caller's IP address, for subgraphs that limit per address (sign-in). */
  clientAddress?: string;
  /** The partner app whose API key came with the request; its scopes decide which subgraphs it may read. */
  partner?: PartnerApp;
  /** Who is asking and their scopes, for the supergraph's `@authenticated` and `@requiresScopes`. */
  access: CallerAccess;
}

/** The header partner apps send their API key in. */
export const apiKeyHeader = 'x-api-key';

/** The longest API key worth looking up; ours are 64 characters. */
const apiKeyMaxLength = 200;

/** Refuses the whole request before planning, with a status (Apollo reads `extensions.http`). */
const refuse = (status: number, code: string, message: string) =>
  new GraphQLError(message, { extensions: { code, http: { status } } });

export interface ContextOptions {
  /**
   * Take the caller's address from the first `X-Forwarded-For` entry rather than the socket. Right when
   * only the edge can reach the router: the edge sets that header from Cloudflare's `cf-connecting-ip`.
   * A router that callers reach directly must not, or they could claim any address.
   */
  trustForwardedFor: boolean;
  /** Resolves partners' API keys; without it a request with `x-api-key` is refused. */
  apiKeys?: ApiKeyResolver | undefined;
  /** Counts partners' requests against their rate tier's limit. */
  partnerRateLimit?: PartnerRateLimit | undefined;
}

/** `::ffff:203.0.113.7`, as a dual-stack socket shows an IPv4 caller, is `203.0.113.7`. */
const unmapped = (address: string) => (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address) ? address.slice(7) : address);

/** The caller's address: the forwarded one when trusted and well-formed, otherwise the socket's peer. */
function callerAddress(req: IncomingMessage, trustForwardedFor: boolean): string | undefined {
  const forwarded = req.headers['x-forwarded-for'];
  const first = trustForwardedFor && typeof forwarded === 'string' ? forwarded.split(',')[0]?.trim() : undefined;
  const address = first && isIP(first) ? first : req.socket.remoteAddress;
  return address ? unmapped(address) : undefined;
}

/**
 * Checks the caller's token before planning anything (an invalid one is a 401 for the whole request),
 * then keeps it to forward: each subgraph verifies it again and authorizes against its own data. The
 * caller's address and request id are kept to forward as well.
 *
 * @example
 * const context = createContextFactory(createTokenVerifier(remoteKeySet(jwksUrl)), { trustForwardedFor: true });
 */
export function createContextFactory(verifier: TokenVerifier, options: ContextOptions) {
  const { trustForwardedFor, apiKeys, partnerRateLimit } = options;

  /** The partner app of the request's API key; UNAUTHENTICATED for an unknown, revoked or unusable one. */
  const partnerOf = async (key: string | string[]): Promise<PartnerApp> => {
    if (typeof key !== 'string' || key.length > apiKeyMaxLength || !apiKeys)
      throw refuse(401, ErrorCode.Unauthenticated, 'The API key is unknown or revoked.');
    try {
      const app = await apiKeys.resolve(key);
      if (!app) throw refuse(401, ErrorCode.Unauthenticated, 'The API key is unknown or revoked.');
      const rate = (await partnerRateLimit?.admit(app.appId, app.rateTier)) ?? { admitted: true };
      if (!rate.admitted)
        throw new GraphQLError(`This app's rate limit is reached. Try again in ${rate.retryAfterSeconds} seconds.`, {
          extensions: { code: ErrorCode.RateLimited, retryAfterSeconds: rate.retryAfterSeconds, http: { status: 429 } },
        });
      return app;
    } catch (error) {
      if (!(error instanceof ApiKeyResolutionError)) throw error;
      throw refuse(503, ErrorCode.AuthUnavailable, 'API keys cannot be checked right now; try again shortly.');
    }
  };

  return async (req: IncomingMessage): Promise<RouterContext> => {
    const key = req.headers[apiKeyHeader];
    if (key !== undefined && req.headers.authorization)
      throw refuse(400, ErrorCode.BadUserInput, 'Send either an access token or an API key, not both.');
    const partner = key === undefined ? undefined : await partnerOf(key);
    const viewer = await viewerFromAuthorization(req.headers.authorization, verifier);
    const requestId = req.headers['x-request-id'];
    const clientAddress = callerAddress(req, trustForwardedFor);
    return {
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      ...(typeof requestId === 'string' ? { requestId } : {}),
      ...(clientAddress ? { clientAddress } : {}),
      ...(partner ? { partner } : {}),
      access: callerAccess(viewer, partner),
    };
  };
}
