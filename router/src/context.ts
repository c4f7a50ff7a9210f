import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { ErrorCode, type TokenVerifier, viewerFromAuthorization } from '@learngraph/service-kit';
import { GraphQLError } from 'graphql';
import { type CallerAccess, callerAccess } from './authorization/caller-access.js';
import type { PartnerApp } from './partner-keys/api-key-resolver.js';

/** What the router keeps of a request to pass on to subgraphs. */
export interface RouterContext {
  authorization?: string;
  requestId?: string;
  /** The caller's IP address, for subgraphs that limit per address (sign-in). */
  clientAddress?: string;
  /**
   * The partner app whose API key came to `/partner/graphql`: its scopes decide which subgraphs it may read, and the
   * operation is held to the public contract.
   */
  partner?: PartnerApp;
  /** Who is asking and their scopes, for the supergraph's `@authenticated` and `@requiresScopes`. */
  access: CallerAccess;
}

/** The header partner apps send their API key in. */
export const apiKeyHeader = 'x-api-key';

export interface ContextOptions {
  /**
   * Take the caller's address from the first `X-Forwarded-For` entry rather than the socket. Right when
   * only the edge can reach the router: the edge sets that header from Cloudflare's `cf-connecting-ip`.
   * A router that callers reach directly must not, or they could claim any address.
   */
  trustForwardedFor: boolean;
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

/** The request id and the caller's address, kept to forward whatever the endpoint. */
function forwarded(req: IncomingMessage, trustForwardedFor: boolean) {
  const requestId = req.headers['x-request-id'];
  const clientAddress = callerAddress(req, trustForwardedFor);
  return {
    ...(typeof requestId === 'string' ? { requestId } : {}),
    ...(clientAddress ? { clientAddress } : {}),
  };
}

/**
 * The context of the first-party endpoint (`/graphql`): checks the caller's token before planning anything (an
 * invalid one is a 401 for the whole request), then keeps it to forward: each subgraph verifies it again and
 * authorizes against its own data. API keys belong on `/partner/graphql` and are refused here with a 400 and
 * API_KEY_NOT_ACCEPTED, so that the public contract cannot be stepped around.
 *
 * @example
 * const context = createContextFactory(createTokenVerifier(remoteKeySet(jwksUrl)), { trustForwardedFor: true });
 */
export function createContextFactory(verifier: TokenVerifier, options: ContextOptions) {
  const { trustForwardedFor } = options;
  return async (req: IncomingMessage): Promise<RouterContext> => {
    if (req.headers[apiKeyHeader] !== undefined)
      throw new GraphQLError('API keys are accepted on /partner/graphql only.', {
        extensions: { code: 'API_KEY_NOT_ACCEPTED', http: { status: 400 } },
      });
    const viewer = await viewerFromAuthorization(req.headers.authorization, verifier);
    return {
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      ...forwarded(req, trustForwardedFor),
      access: callerAccess(viewer),
    };
  };
}

/**
 * The context of the partner endpoint, for a request whose key `partnerOf` has already admitted (see
 * `createPartnerGate`); a request it has not is refused, never served as anonymous.
 *
 * @example
 * const context = createPartnerContextFactory((req) => admitted.get(req), { trustForwardedFor: true });
 */
export function createPartnerContextFactory(
  partnerOf: (req: IncomingMessage) => PartnerApp | undefined,
  options: ContextOptions,
) {
  return async (req: IncomingMessage): Promise<RouterContext> => {
    const partner = partnerOf(req);
    if (!partner)
      throw new GraphQLError('Send an API key in x-api-key.', {
        extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } },
      });
    return { ...forwarded(req, options.trustForwardedFor), partner, access: callerAccess(null, partner) };
  };
}
