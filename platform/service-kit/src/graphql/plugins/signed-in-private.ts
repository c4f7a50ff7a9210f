import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Makes every answer to a signed-in caller (a request with an `authorization` header) `PRIVATE`, whatever the
 * schema's `@cacheControl` hints say: what a subgraph shows may depend on who asks (an editor sees unpublished
 * resources, an owner their private paths), so only anonymous answers may be kept by the router or the edge.
 *
 * @example
 * new ApolloServer({ schema, plugins: [useSignedInPrivate()] });
 */
export function useSignedInPrivate(): ApolloServerPlugin {
  return {
    async requestDidStart({ request, overallCachePolicy }) {
      if (!request.http?.headers.get('authorization')) return;
      return {
        // Once the fields' hints are in: a policy restricted before execution would make Apollo ignore them.
        async executionDidStart() {
          return {
            executionDidEnd: async () => {
              overallCachePolicy.restrict({ scope: 'PRIVATE' });
            },
          };
        },
      };
    },
  };
}
