import type { MiddlewareHandler } from 'hono';
import { EdgeError } from '../../errors';

/**
 * Answers 400 `BODY_NOT_ALLOWED` for a GET or HEAD request that carries a body (`Transfer-Encoding: chunked`, or a
 * `Content-Length` above 0): fetch cannot forward one, and a cache would key the response on the URL alone.
 *
 * @example
 * ```ts
 * app.use(noGetBody());
 * ```
 */
export function noGetBody(): MiddlewareHandler {
  return async (c, next) => {
    if ((c.req.method === 'GET' || c.req.method === 'HEAD') && c.req.raw.body !== null) {
      throw new EdgeError(400, 'BODY_NOT_ALLOWED', `A ${c.req.method} request cannot have a body.`);
    }
    await next();
  };
}
