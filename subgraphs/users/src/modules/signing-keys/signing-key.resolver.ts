import { DateTimeResolver } from 'graphql-scalars';
import { Ctx, Directive, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { requireAdmin } from '../../admin-access.js';
import type { UsersContext } from '../../context.js';
import { answer, type MutationAnswer, UserMutationError } from '../../mutation-response.js';
import type { SigningKeyRow } from './key-store.js';

@ObjectType('SigningKey', { description: 'A key that signs access tokens; its public half is in the JWKS.' })
export class SigningKey {
  @Field(() => String, { description: 'The `kid` in the header of the tokens it signs.' })
  kid!: string;

  @Field(() => DateTimeResolver)
  createdAt!: Date;
}

@ObjectType('SigningKeyResponse')
export class SigningKeyResponse {
  @Field(() => Boolean)
  success!: boolean;

  @Field(() => SigningKey, { nullable: true })
  record!: SigningKey | null;

  @Field(() => [UserMutationError])
  errors!: UserMutationError[];
}

/** Key rotation, for administrators. */
@Resolver()
export class SigningKeyResolver {
  @Directive('@requiresScopes(scopes: [["role:admin"]])')
  @Mutation(() => SigningKeyResponse, {
    description:
      'Rotates the token-signing key (administrators only): a new key signs from now on, the old one still verifies until its tokens expire.',
  })
  async signingKeyRotate(@Ctx() ctx: UsersContext): Promise<MutationAnswer<SigningKeyRow>> {
    await requireAdmin(ctx, 'Only administrators can rotate the signing key.');
    return answer(async () => {
      const key = await ctx.signingKeys.rotate();
      ctx.logger.info({ kid: key.kid }, 'token-signing key rotated');
      return key;
    });
  }
}
