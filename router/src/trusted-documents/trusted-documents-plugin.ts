import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

const code = 'OPERATION_NOT_TRUSTED';

export interface TrustedDocumentsOptions<Context> {
  /** The registered documents by the hex SHA-256 of their text. */
  documents: ReadonlyMap<string, string>;
  /** Whether only registered documents run; otherwise any document does. */
  required: boolean;
  /** Requests that may send any document whatever `required` says: partners', who write their own queries. */
  exempt: (context: Context) => boolean;
}

/**
 * Trusted documents for first-party clients: when `required`, a request runs only a registered document, sent by
 * its hash (`extensions.persistedQuery.sha256Hash`, as Apollo's persisted queries, by POST or GET) or in full;
 * any other document is refused with a 403 and OPERATION_NOT_TRUSTED before it is parsed. An unknown hash is
 * Apollo's PERSISTED_QUERY_NOT_FOUND (see `manifestCache`).
 *
 * @example
 * useTrustedDocuments({ documents: trusted.documents, required: true, exempt: (context) => Boolean(context.partner) });
 */
export function useTrustedDocuments<Context extends BaseContext>(
  options: TrustedDocumentsOptions<Context>,
): ApolloServerPlugin<Context> {
  const { documents, required, exempt } = options;
  return {
    async requestDidStart() {
      return {
        async didResolveSource({ queryHash, contextValue }) {
          if (!required || documents.has(queryHash) || exempt(contextValue)) return;
          throw new GraphQLError('Only the registered operations of first-party clients are accepted here.', {
            extensions: { code, http: { status: 403 } },
          });
        },
      };
    },
    // Apollo answers an error thrown before parsing as a 500; rethrown from this hook, it reaches the client as is.
    async unexpectedErrorProcessingRequest({ error }) {
      if (error instanceof GraphQLError && error.extensions.code === code) throw error;
    },
  };
}
