import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from './database-errors.js';

/** Stable codes clients can switch on (`extensions.code`). */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  InternalServerError: 'INTERNAL_SERVER_ERROR',
  DatabaseUnavailable: 'DATABASE_UNAVAILABLE',
  AuthUnavailable: 'AUTH_UNAVAILABLE',
  RateLimited: 'RATE_LIMITED',
} as const;

/** A problem with one input field, reported so that a form can show it beside the field. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * Invalid input: a message for people and, where known, the fields at fault.
 *
 * @example
 * throw badUserInput('first must be between 1 and 100', [{ field: 'first', message: 'at most 100' }]);
 */
export function badUserInput(message: string, fieldErrors: FieldError[] = []): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput, fieldErrors } });
}

export function unauthenticated(message = 'Sign in to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Unauthenticated } });
}

export function forbidden(message = 'You are not allowed to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Forbidden } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NotFound } });
}

export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Conflict } });
}

/**
 * Apollo `formatError` hook: errors that carry a code of ours (or Apollo's own validation codes) pass
 * through; a database that cannot be reached is DATABASE_UNAVAILABLE, worth retrying shortly; anything
 * else is an unexpected failure. Both are logged by `report` and shown to clients without their message
 * or stack, so internals never leak.
 */
export function maskUnexpectedErrors(report: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== ErrorCode.InternalServerError) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    report(error);
    const unavailable = isDatabaseUnavailable(error);
    return {
      message: unavailable ? 'The database is unavailable; try again shortly.' : 'Internal server error',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: unavailable ? ErrorCode.DatabaseUnavailable : ErrorCode.InternalServerError },
    };
  };
}
