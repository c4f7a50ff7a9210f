/** Why a request for data did not give the page what it needs. */
export type DataErrorKind =
  | 'unreachable'
  | 'graphql'
  | 'rejected'
  | 'not-found'
  | 'unauthenticated'
  | 'forbidden'
  | 'rate-limited';

/** A failure as a value the page renders: its kind, and a message written for the person reading the page. */
export interface DataError {
  kind: DataErrorKind;
  message: string;
}

/** What every data function returns instead of throwing. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: DataError };

const messages: Record<DataErrorKind, string> = {
  unreachable: 'We can’t reach the catalog right now. Please try again in a moment.',
  graphql: 'The catalog could not answer this request. Please try again later.',
  rejected: 'The catalog did not accept this request: a filter or page link in the address may be out of date.',
  'not-found': 'We couldn’t find what you were looking for.',
  unauthenticated: 'Please sign in again: your session has ended.',
  forbidden: 'You are not allowed to do this.',
  'rate-limited': 'Too many attempts in a short time. Please wait a minute and try again.',
};

/**
 * Builds a failed result with the user-facing message for its kind.
 * @example fail('unreachable') // { ok: false, error: { kind: 'unreachable', message: 'We can’t reach…' } }
 */
export function fail(kind: DataErrorKind): { ok: false; error: DataError } {
  return { ok: false, error: { kind, message: messages[kind] } };
}
