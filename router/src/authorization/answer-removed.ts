import type { GraphQLFormattedError } from 'graphql';
import type { Authorized } from './remove-unauthorized.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/** Sets `path` to null in every object it reaches, through lists, where the answer did not already set it. */
function setNull(value: unknown, path: readonly string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) setNull(item, path);
    return;
  }
  const [key, ...rest] = path;
  if (!isObject(value) || key === undefined) return;
  if (rest.length === 0) {
    if (!(key in value)) value[key] = null;
    return;
  }
  setNull(value[key], rest);
}

/**
 * The answer to an operation that had fields removed: nulls where they were asked for, and one error each with
 * its code and path, after the errors of the execution.
 *
 * @example
 * const { data, errors } = answerRemoved(authorized, result.data, result.errors);
 */
export function answerRemoved(
  authorized: Authorized,
  data: Json | null | undefined,
  errors: readonly GraphQLFormattedError[] = [],
): { data: Json | null; errors: GraphQLFormattedError[] } {
  const answered = authorized.dataNull ? null : (data ?? {});
  for (const path of authorized.nulls) setNull(answered, path);
  return {
    data: answered,
    errors: [
      ...errors,
      ...authorized.removed.map(({ code, message, path }) => ({ message, path, extensions: { code } })),
    ],
  };
}
