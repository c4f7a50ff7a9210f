import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  BodyTooLargeError,
  readBody,
  routerSignatureHeader,
  sendJson,
  verifyRouterSignature,
} from '@learngraph/service-kit';
import { apiKeyMatches, apiKeyPrefix } from './api-key-secret.js';
import type { PartnerAppRepository, ResolvedApiKey } from './partner-app.repository.js';

/** Where the router resolves a partner's key; only the router, which signs the body, is answered. */
export const resolveKeyPath = '/internal/api-keys/resolve';

/** Nothing a key resolution needs is larger. */
const maxBodyBytes = 1024;

/**
 * Resolves `key`: the app it belongs to when it is live and matches, else null. A malformed key is refused
 * before any lookup; a wrong secret for a real prefix costs the same comparison as a right one.
 */
export async function resolveApiKey(apps: PartnerAppRepository, key: string): Promise<ResolvedApiKey | null> {
  const prefix = apiKeyPrefix(key);
  const stored = prefix ? await apps.findLiveKey(prefix) : null;
  if (!stored || !apiKeyMatches(key, stored.secretHash)) return null;
  await apps.touch(stored.id, stored.lastUsedAt);
  const { id: appId, ...app } = stored.app;
  return { appId, ...app };
}

/**
 * `POST /internal/api-keys/resolve` with `{"key": "lgk_…"}`, signed as the router signs subgraph requests:
 * 200 with the app (`appId`, `name`, `scopes`, `rateTier`, `allowedOrigins`), 404 for an unknown, expired or revoked
 * key, 403 for anyone but the router.
 *
 * @example
 * createSubgraphServer({ …, routes: { [resolveKeyPath]: resolveKeyRoute(apps, routerKeys) } });
 */
export function resolveKeyRoute(apps: PartnerAppRepository, routerKeys: readonly string[]) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'method not allowed' }, { allow: 'POST' });
    let text: string;
    try {
      text = await readBody(req, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return sendJson(res, 413, { error: 'PAYLOAD_TOO_LARGE' });
      throw error;
    }
    if (verifyRouterSignature(routerKeys, req.headers[routerSignatureHeader], text))
      return sendJson(res, 403, { error: 'ROUTER_SIGNATURE_REQUIRED' });
    let key: unknown;
    try {
      key = (JSON.parse(text) as { key?: unknown }).key;
    } catch {
      return sendJson(res, 400, { error: 'BAD_REQUEST' });
    }
    const resolved = typeof key === 'string' ? await resolveApiKey(apps, key) : null;
    return resolved ? sendJson(res, 200, resolved) : sendJson(res, 404, { error: 'UNKNOWN_API_KEY' });
  };
}
