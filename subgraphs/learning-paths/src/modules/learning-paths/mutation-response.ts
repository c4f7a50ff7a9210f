import { ErrorCode, type FieldError } from '@learngraph/service-kit';
import { GraphQLError } from 'graphql';
import { Field, ObjectType } from 'type-graphql';
import { LearningPath } from './learning-path.type.js';
import type { PathRow } from './path-row.js';

@ObjectType('LearningPathMutationError', { description: 'Why a change was not made; nothing was changed.' })
export class LearningPathMutationError {
  @Field(() => String, {
    description: 'BAD_USER_INPUT (see `field`) or CONFLICT (see the record for what is there now).',
  })
  code!: string;

  @Field(() => String)
  message!: string;

  @Field(() => String, { nullable: true, description: 'The input field at fault, e.g. `items.3.resourceId`.' })
  field!: string | null;
}

@ObjectType('LearningPathResponse')
export class LearningPathResponse {
  @Field(() => Boolean)
  success!: boolean;

  @Field(() => LearningPath, { nullable: true, description: 'The path after the change (now, after a CONFLICT).' })
  record!: PathRow | null;

  @Field(() => [LearningPathMutationError])
  errors!: LearningPathMutationError[];
}

const codeOf = (error: unknown) => (error instanceof GraphQLError ? error.extensions.code : undefined);

/**
 * A mutation's answer: `success` with the record, or, for what the caller can correct (invalid input, a
 * CONFLICT with `expectedVersion`), `success: false` with the errors and the record as it is now.
 * Everything else (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, failures) stays a GraphQL error.
 *
 * @example
 * return respond(() => writePath(…), () => ctx.loaders.path.load(id));
 */
export async function respond<Record>(
  change: () => Promise<Record | null>,
  current: () => Promise<Record | null> = async () => null,
): Promise<{ success: boolean; record: Record | null; errors: LearningPathMutationError[] }> {
  try {
    return { success: true, record: await change(), errors: [] };
  } catch (error) {
    const code = codeOf(error);
    if (!(error instanceof GraphQLError) || (code !== ErrorCode.BadUserInput && code !== ErrorCode.Conflict))
      throw error;
    const fieldErrors = (error.extensions.fieldErrors as FieldError[] | undefined) ?? [];
    const errors =
      fieldErrors.length > 0
        ? fieldErrors.map((problem) => ({ code, message: problem.message, field: problem.field }))
        : [{ code, message: error.message, field: null }];
    return { success: false, record: await current(), errors };
  }
}
