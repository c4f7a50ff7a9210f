import { GraphQLError } from 'graphql';

/**
 * Too many attempts: refused without doing the work, with the number of seconds after which the same
 * request can succeed, so that clients can say when to try again instead of retrying blindly.
 *
 * @example
 * throw rateLimited('Too many sign-in attempts.', 120);
 * // { message: 'Too many sign-in attempts. Try again in 120 seconds.', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 120 } }
 */
export function rateLimited(message: string, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`${message} Try again in ${retryAfterSeconds} seconds.`, {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds },
  });
}
