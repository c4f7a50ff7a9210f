import type { ApolloGateway } from '@apollo/gateway';
import type { GraphQLSchema } from 'graphql';

/** What the gateway serves: the supergraph as composed and the API schema clients see. */
export interface ServedSupergraph {
  coreSupergraphSdl: string;
  apiSchema: GraphQLSchema;
}

/**
 * Something read from the supergraph the gateway serves (a cost model, an access policy), read again each time it
 * reloads one; `initial` until the first load.
 *
 * @example
 * const policy = followSupergraph(gateway, ({ coreSupergraphSdl }) => readAccessPolicy(coreSupergraphSdl), new Map());
 * await apollo.start();
 * policy().get('Query.savedSearches');
 */
export function followSupergraph<T>(
  gateway: ApolloGateway,
  read: (served: ServedSupergraph) => T,
  initial: T,
): () => T {
  let current = initial;
  gateway.onSchemaLoadOrUpdate((served) => {
    current = read(served);
  });
  return () => current;
}
