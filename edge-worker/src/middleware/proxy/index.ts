import type { Context, Env, MiddlewareHandler } from 'hono';
import { EdgeError } from '../../errors';
import { upstreamHeaders, withoutHopByHop } from './headers';

/** Where a `proxy` sends requests and what it answers when that origin cannot be reached. */
export interface ProxyOptions<E extends Env> {
  /**
   * The origin (`scheme://host[:port]`) that receives the request with its path and query unchanged. A function,
   * because a worker only sees its environment per request: `(c) => readConfig(c.env).webOrigin`.
   */
  origin: (c: Context<E>) => string;
  /** The response when the origin is unreachable (refused, reset, DNS failure), e.g. a maintenance page. */
  unavailable: (c: Context<E>) => Response | Promise<Response>;
}

/**
 * Forwards the request to an origin and relays its answer: method, path, query, headers (Authorization included)
 * and a streamed body go up; status, headers and body come back. Hop-by-hop headers are dropped both ways;
 * `x-forwarded-host`, `x-forwarded-proto`, `x-forwarded-for` and (when `requestId()` runs first) `x-request-id`
 * are added; redirects are passed to the client rather than followed. An origin's error statuses are relayed as
 * they are: only failing to reach it calls `unavailable`, while a request that cannot even be built for the
 * origin is the client's fault, a 400 `BAD_REQUEST`.
 *
 * @example
 * ```ts
 * app.all('/graphql', proxy({ origin: () => 'http://127.0.0.1:4000', unavailable: (c) => c.text('down', 502) }));
 * ```
 */
export function proxy<E extends Env>({ origin, unavailable }: ProxyOptions<E>): MiddlewareHandler<E> {
  return async (c) => {
    const { pathname, search } = new URL(c.req.url);
    const target = `${origin(c)}${pathname}${search}`;
    let upstream: Request;
    try {
      upstream = new Request(target, {
        method: c.req.method,
        headers: upstreamHeaders(c.req.raw, c.get('requestId')),
        body: c.req.raw.body,
        redirect: 'manual',
      });
    } catch (error) {
      throw new EdgeError(400, 'BAD_REQUEST', `This request cannot be forwarded: ${(error as Error).message}`);
    }
    let response: Response;
    try {
      response = await fetch(upstream);
    } catch (error) {
      console.error(`edge: ${target} unreachable (request ${c.get('requestId')}): ${error}`);
      return unavailable(c);
    }
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers: withoutHopByHop(response.headers),
    });
  };
}
