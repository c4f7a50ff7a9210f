import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * An answer the edge makes itself to a GraphQL client: a GraphQL-shaped body, so generated clients surface
 * `errors[0].message` and can branch on `extensions.code` instead of failing to parse. Never cached.
 *
 * @example
 * ```ts
 * return graphqlError(c, 502, 'ORIGIN_UNAVAILABLE', 'The API is temporarily unavailable.');
 * ```
 */
export function graphqlError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return c.json({ errors: [{ message, extensions: { code } }] }, status, { 'cache-control': 'no-store', ...headers });
}
