import type { Context } from 'hono';
import { meansApiPath } from '../api-paths';
import { EdgeError } from '../errors';
import { graphqlError } from './graphql-error';
import { page } from './page';

/**
 * The app's error handler. A refusal (`EdgeError`) is answered with its status and message: GraphQL-shaped with
 * its code on API paths, plain text elsewhere. Anything else is logged with the request id and answered 500,
 * `INTERNAL_SERVER_ERROR` on API paths and a small error page elsewhere, both naming the request id and never
 * the error itself.
 *
 * @example
 * ```ts
 * app.onError(answerError);
 * ```
 */
export function answerError(error: Error, c: Context): Response | Promise<Response> {
  const api = meansApiPath(c.req.path);
  if (error instanceof EdgeError) {
    return api
      ? graphqlError(c, error.status, error.code, error.message)
      : c.text(error.message, error.status, { 'cache-control': 'no-store' });
  }
  const id = c.get('requestId') ?? 'unknown';
  console.error(`edge: unexpected error (request ${id}): ${error.stack ?? error}`);
  const message = `Something went wrong at the edge. Quote request id ${id} when you report it.`;
  if (api) return graphqlError(c, 500, 'INTERNAL_SERVER_ERROR', message);
  return c.html(page('Something went wrong', 'Something went wrong', message), 500, { 'cache-control': 'no-store' });
}
