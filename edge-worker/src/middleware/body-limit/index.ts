import type { Context, Env, MiddlewareHandler } from 'hono';
import { EdgeError } from '../../errors';
import { readUpTo } from './read-up-to';

/** How large a request body the edge lets through. */
export interface BodyLimitOptions<E extends Env> {
  /** The largest body in bytes; a function, because a worker only sees its environment per request. */
  maxBytes: (c: Context<E>) => number;
}

/**
 * Answers 413 `PAYLOAD_TOO_LARGE` before anything reaches an origin when the body is larger than `maxBytes`. A
 * declared `Content-Length` over the limit is refused without reading the body; within it the body streams on,
 * since the runtime has already held the client to that length. A chunked body is read up to the limit and
 * refused once it grows past it; an accepted one is buffered (at most `maxBytes`) and sent on with its length.
 *
 * @example
 * ```ts
 * app.use(bodyLimit({ maxBytes: (c) => readConfig(c.env).maxBodyBytes }));
 * ```
 */
export function bodyLimit<E extends Env>({ maxBytes }: BodyLimitOptions<E>): MiddlewareHandler<E> {
  return async (c, next) => {
    const body = c.req.raw.body;
    if (!body) return next();
    const limit = maxBytes(c);
    const tooLarge = () => new EdgeError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${limit} bytes.`);
    const declared = c.req.header('content-length');
    if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (Number(declared) > limit) throw tooLarge();
      return next();
    }
    const buffered = await readUpTo(body, limit);
    if (!buffered) throw tooLarge();
    c.req.raw = new Request(c.req.raw, { body: buffered });
    return next();
  };
}
