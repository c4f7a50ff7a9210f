import { ErrorCode, type FieldError } from '@learngraph/service-kit';
import { GraphQLError } from 'graphql';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('UserMutationError', { description: 'Why a change to accounts was not made; nothing was changed.' })
export class UserMutationError {
  @Field(() => String, { description: 'BAD_USER_INPUT, with the input `field` at fault.' })
  code!: string;

  @Field(() => String)
  message!: string;

  @Field(() => String, { nullable: true, description: 'The input field at fault, e.g. `password`.' })
  field!: string | null;
}

/** What every users mutation answers: `success`, the record (null on failure) and the input errors. */
export interface MutationAnswer<Record> {
  success: boolean;
  record: Record | null;
  errors: UserMutationError[];
}

/**
 * Runs a change and answers in the mutation convention: invalid input (BAD_USER_INPUT) becomes
 * `success: false` with one error per field; who may not (UNAUTHENTICATED, FORBIDDEN, RATE_LIMITED) and
 * failures stay GraphQL errors, as in the other subgraphs.
 *
 * @example
 * return answer(async () => startSession(ctx, user));
 */
export async function answer<Record>(change: () => Promise<Record | null>): Promise<MutationAnswer<Record>> {
  try {
    return { success: true, record: await change(), errors: [] };
  } catch (error) {
    if (!(error instanceof GraphQLError) || error.extensions.code !== ErrorCode.BadUserInput) throw error;
    const fieldErrors = (error.extensions.fieldErrors as FieldError[] | undefined) ?? [];
    const code = ErrorCode.BadUserInput;
    const errors = fieldErrors.length
      ? fieldErrors.map((problem) => ({ code, message: problem.message, field: problem.field }))
      : [{ code, message: error.message, field: null }];
    return { success: false, record: null, errors };
  }
}
