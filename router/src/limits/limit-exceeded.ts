import { GraphQLError } from 'graphql';

/**
 * The error of an operation over one of the router's limits: a 400 whose extensions name the limit and the
 * measured value, so a client can tell which limit it hit and by how much.
 *
 * @example
 * throw limitExceeded('MAX_ALIASES_EXCEEDED', 30, 31, 'The operation has 31 aliases; the limit is 30.');
 */
export function limitExceeded(code: string, limit: number, value: number, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, limit, value, http: { status: 400 } } });
}
