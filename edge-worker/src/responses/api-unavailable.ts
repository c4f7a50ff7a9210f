import type { Context } from 'hono';
import { graphqlError } from './graphql-error';

/**
 * The 502 answer for GraphQL clients when the router cannot be reached, coded `ORIGIN_UNAVAILABLE`.
 *
 * @example
 * ```ts
 * app.all('/graphql', proxy({ origin: () => routerOrigin, unavailable: apiUnavailable }));
 * ```
 */
export function apiUnavailable(c: Context): Response {
  return graphqlError(c, 502, 'ORIGIN_UNAVAILABLE', 'The API is temporarily unavailable.');
}
