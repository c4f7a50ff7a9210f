import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/** Partner apps register https origins only (the users subgraph refuses others). */
const httpsOrigin = (origin: string) => {
  const url = URL.parse(origin);
  return url?.protocol === 'https:' && url.href === `${url.origin}/` ? origin : null;
};

/**
 * Answers CORS preflights (`OPTIONS`) of the partner API at the edge, without asking the router: a preflight carries
 * no API key, so nothing can tell which app's registered origins apply, and any https origin is allowed to send
 * `POST` or `GET` with `content-type` and `x-api-key` (cached 10 minutes). That admits nothing by itself: the router,
 * once it has resolved the key, answers a request whose `Origin` the key's app has not registered with
 * `403 ORIGIN_NOT_ALLOWED` and no `Access-Control-Allow-Origin`, so the browser shows the page nothing.
 *
 * @example
 * ```ts
 * app.options('/partner/graphql', partnerPreflight());
 * ```
 */
export function partnerPreflight(): MiddlewareHandler {
  return cors({
    origin: httpsOrigin,
    allowMethods: ['POST', 'GET'],
    allowHeaders: ['content-type', 'x-api-key'],
    maxAge: 600,
  });
}
