import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '@learngraph/service-kit';
import type { SigningKeyStore } from './key-store.js';

/** Where the key set is published, as RFC 8414 and OpenID Connect discovery name it. */
export const jwksPath = '/.well-known/jwks.json';

/**
 * `GET /.well-known/jwks.json`: the public keys that verify access tokens, for the router and subgraphs. Public
 * by nature, so it needs no router signature; caches may keep it a minute (a new key is fetched on a miss).
 *
 * @example
 * createSubgraphServer({ …, routes: { [jwksPath]: jwksRoute(keys) } });
 */
export function jwksRoute(keys: SigningKeyStore) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' });
    sendJson(res, 200, { keys: await keys.published() }, { 'cache-control': 'public, max-age=60' });
  };
}
