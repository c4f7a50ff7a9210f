import type { IncomingMessage } from 'node:http';
import { type TokenVerifier, viewerFromAuthorization } from '@learngraph/service-kit';

/** What the router keeps of a request to pass on to subgraphs. */
export interface RouterContext {
  authorization?: string;
  requestId?: string;
}

/**
 * Checks the caller's token before planning anything (an invalid one is a 401 for the whole request),
 * then keeps it to forward: each subgraph verifies it again and authorizes against its own data.
 */
export function createContextFactory(verifier: TokenVerifier) {
  return async (req: IncomingMessage): Promise<RouterContext> => {
    await viewerFromAuthorization(req.headers.authorization, verifier);
    const requestId = req.headers['x-request-id'];
    return {
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      ...(typeof requestId === 'string' ? { requestId } : {}),
    };
  };
}
