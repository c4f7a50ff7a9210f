import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import { limitExceeded } from '../limits/limit-exceeded.js';

/** Counts the document's tokens (comments are not tokens), stopping as soon as there are more than `limit`. */
function countTokens(text: string, limit: number): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  try {
    while (count <= limit && lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch (error) {
    // A lexical error is the parser's to report, with its position; what was read so far is the count.
    if (!(error instanceof GraphQLError)) throw error;
  }
  return count;
}

const code = 'MAX_TOKENS_EXCEEDED';

/**
 * Refuses, with a 400 and MAX_TOKENS_EXCEEDED, a document of more than `maxTokens` tokens before Apollo parses
 * it: the count stops at the first token over the limit, so a huge document costs no more than a small one.
 * Give Apollo's `parseOptions.maxTokens` the same limit as a backstop.
 *
 * @example
 * new ApolloServer({ gateway, parseOptions: { maxTokens: 1_000 }, plugins: [useTokenLimit(1_000)] });
 */
export function useTokenLimit(maxTokens: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveSource({ source }) {
          const tokens = countTokens(source, maxTokens);
          if (tokens > maxTokens) {
            throw limitExceeded(
              code,
              maxTokens,
              tokens,
              `The document has more than ${maxTokens} tokens; the limit is ${maxTokens}.`,
            );
          }
        },
      };
    },
    // Apollo answers an error thrown before parsing as a 500 "Internal server error"; rethrown from this hook, it
    // reaches the client as the 400 it is (as graphql-armor's Apollo plugin answers its own token limit).
    async unexpectedErrorProcessingRequest({ error }) {
      if (error instanceof GraphQLError && error.extensions.code === code) throw error;
    },
  };
}
