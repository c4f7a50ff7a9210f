import type { GraphQLFormattedError } from 'graphql';
import type { Authorized } from './remove-unauthorized.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/** Calls `change` on every object `path` reaches from `value`, through lists. */
function forEachAt(value: unknown, path: readonly string[], change: (object: Json) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) forEachAt(item, path, change);
    return;
  }
  if (!isObject(value)) return;
  const [key, ...rest] = path;
  if (key === undefined) change(value);
  else forEachAt(value[key], rest, change);
}

/**
 * The answer to an operation that had fields removed: nulls where they were asked for (and no `__typename` the
 * client did not ask for), and one error each with its code and path, after the errors of the execution.
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
  for (const path of authorized.nulls) {
    const key = path.at(-1) ?? '';
    forEachAt(answered, path.slice(0, -1), (object) => {
      if (!(key in object)) object[key] = null;
    });
  }
  for (const path of authorized.typenameOnly) forEachAt(answered, path, (object) => delete object.__typename);
  return {
    data: answered,
    errors: [
      ...errors,
      ...authorized.removed.map(({ code, message, path }) => ({ message, path, extensions: { code } })),
    ],
  };
}
