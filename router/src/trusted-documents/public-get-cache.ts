import type { ApolloServerPlugin } from '@apollo/server';
import type { RouterContext } from '../context.js';

/**
 * Marks the answers the edge may cache: a GET (so a trusted document by hash, a query) from nobody in particular
 * (no token, no API key) that met no error is the same for every caller, and is answered with
 * `Cache-Control: public, max-age=<maxAgeSeconds>`; everything else keeps Apollo's `no-store`. 0 turns it off.
 *
 * @example
 * usePublicGetCache(30);
 */
export function usePublicGetCache(maxAgeSeconds: number): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, contextValue, errors }) {
          const anonymous = !contextValue.authorization && !contextValue.partner;
          const clean = !errors?.length && response.body.kind === 'single' && !response.body.singleResult.errors;
          if (maxAgeSeconds > 0 && request.http?.method === 'GET' && anonymous && clean)
            response.http.headers.set('cache-control', `public, max-age=${maxAgeSeconds}`);
        },
      };
    },
  };
}
