import type { Context } from 'hono';

/**
 * The 502 answer for GraphQL clients when the router cannot be reached: a GraphQL-shaped body, so generated
 * clients surface `errors[0].message` and can branch on the `ORIGIN_UNAVAILABLE` code instead of failing to parse.
 *
 * @example
 * ```ts
 * app.all('/graphql', proxy({ origin: () => routerOrigin, unavailable: apiUnavailable }));
 * ```
 */
export function apiUnavailable(c: Context): Response {
  const errors = [{ message: 'The API is temporarily unavailable.', extensions: { code: 'ORIGIN_UNAVAILABLE' } }];
  return c.json({ errors }, 502, { 'cache-control': 'no-store' });
}
