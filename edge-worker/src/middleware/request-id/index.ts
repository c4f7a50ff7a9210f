import type { MiddlewareHandler } from 'hono';

declare module 'hono' {
  interface ContextVariableMap {
    /** This request's id: sent to the origin and returned to the client as `x-request-id`. */
    requestId: string;
  }
}

// Ids end up in logs and headers downstream, so only a short, inert charset is trusted from clients.
const SAFE_ID = /^[\w.:-]{1,128}$/;

/**
 * Gives every request an id, stored as `c.var.requestId` and set as `x-request-id` on every response, errors
 * included. A valid incoming `x-request-id` (letters, digits, `_ . : -`, at most 128 characters) is kept so a
 * client's or an upstream proxy's id follows the request through; anything else is replaced by a random UUID.
 *
 * @example
 * ```ts
 * app.use(requestId());
 * app.get('/', (c) => c.text(`your request is ${c.var.requestId}`));
 * ```
 */
export function requestId(): MiddlewareHandler {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    c.set('requestId', incoming && SAFE_ID.test(incoming) ? incoming : crypto.randomUUID());
    await next();
    // Set after next() so the header also lands on responses built by the error handler.
    c.header('x-request-id', c.var.requestId);
  };
}
