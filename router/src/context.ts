import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { type TokenVerifier, viewerFromAuthorization } from '@learngraph/service-kit';

/** What the router keeps of a request to pass on to subgraphs. */
export interface RouterContext {
  authorization?: string;
  requestId?: string;
  /** The caller's IP address, for subgraphs that limit per address (sign-in). */
  clientAddress?: string;
}

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

/**
 * Checks the caller's token before planning anything (an invalid one is a 401 for the whole request),
 * then keeps it to forward: each subgraph verifies it again and authorizes against its own data. The
 * caller's address and request id are kept to forward as well.
 *
 * @example
 * const context = createContextFactory(createTokenVerifier(remoteKeySet(jwksUrl)), { trustForwardedFor: true });
 */
export function createContextFactory(verifier: TokenVerifier, options: ContextOptions) {
  const { trustForwardedFor } = options;
  return async (req: IncomingMessage): Promise<RouterContext> => {
    await viewerFromAuthorization(req.headers.authorization, verifier);
    const requestId = req.headers['x-request-id'];
    const clientAddress = callerAddress(req, trustForwardedFor);
    return {
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      ...(typeof requestId === 'string' ? { requestId } : {}),
      ...(clientAddress ? { clientAddress } : {}),
    };
  };
}
