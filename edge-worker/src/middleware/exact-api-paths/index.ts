import type { MiddlewareHandler } from 'hono';
import { API_PATHS, isApiLookalike } from '../../api-paths';
import { EdgeError } from '../../errors';

/**
 * Answers 404 `NOT_FOUND` for a path that differs from every API path as sent but decodes or normalises to one
 * (`/%67raphql`, `/graphql/`, `//graphql`, `/GRAPHQL`, `/graphql;x`), so neither origin sees it: the router
 * serves only the exact paths, and the web app has nothing there either. Needs the app to route on the raw path.
 *
 * @example
 * ```ts
 * const app = new Hono({ getPath: rawPath });
 * app.use(exactApiPaths());
 * ```
 */
export function exactApiPaths(): MiddlewareHandler {
  const expected = API_PATHS.join(', ');
  return async (c, next) => {
    if (isApiLookalike(c.req.path)) {
      throw new EdgeError(
        404,
        'NOT_FOUND',
        `Nothing is served at this path; the API is at ${expected}, spelt exactly.`,
      );
    }
    await next();
  };
}
