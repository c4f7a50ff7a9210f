import type { ApolloServerPlugin } from '@apollo/server';

/** graphql-js ends a message with its suggestions: `… Did you mean "first"?`, `… Did you mean the enum value "NEWEST"?`. */
const suggestion = / ?Did you mean .*\?$/s;

/** An error message without the names graphql-js suggests at its end. */
export const withoutSuggestions = (message: string) => message.replace(suggestion, '');

/**
 * Takes "Did you mean …?" suggestions out of every error a request reports, so that a client cannot map the
 * schema by guessing near-miss names. Apollo's `hideSchemaDetailsFromClientErrors` does this for validation
 * errors only; this also covers the gateway's own checks of variables (`Variable "$sort" got invalid value
 * "NEWST"; Value "NEWST" does not exist in "Sort" enum. Did you mean the enum value "NEWEST"?`) and anything a
 * subgraph says.
 *
 * @example
 * new ApolloServer({ gateway, hideSchemaDetailsFromClientErrors: true, plugins: [useHiddenSuggestions()] });
 */
export function useHiddenSuggestions(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) error.message = withoutSuggestions(error.message);
        },
      };
    },
  };
}
