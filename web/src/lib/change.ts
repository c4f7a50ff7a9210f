import type { Result } from './result';

/**
 * What a form's change came to: done (with what it answered), or the code of the problem to explain: the first
 * input field the API refused, or the kind of error (form-messages.ts turns either into a sentence).
 */
export type Change<T> = { ok: true; data: T } | { ok: false; problem: string };

interface MutationAnswer {
  success: boolean;
  errors: ReadonlyArray<{ code: string; field?: string | null }>;
}

/**
 * Turns a mutation's answer into a `Change`: a transport or GraphQL error is its kind; `success: false` is the
 * first refused field (its last path segment: `items.3.note` is `note`) or the error's code.
 * @example settle(result, (data) => data.sessionCreate, (answer) => answer.record)
 */
export function settle<TData, TAnswer extends MutationAnswer, T>(
  result: Result<TData>,
  pick: (data: TData) => TAnswer,
  record: (answer: TAnswer) => T | null | undefined,
): Change<T> {
  if (!result.ok) return { ok: false, problem: result.error.kind };
  const answer = pick(result.data);
  const value = answer.success ? record(answer) : undefined;
  if (value !== undefined && value !== null) return { ok: true, data: value };
  const [first] = answer.errors;
  return { ok: false, problem: first?.field?.split('.').at(-1) ?? first?.code ?? 'graphql' };
}
