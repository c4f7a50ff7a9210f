import { requireViewer } from '@learngraph/service-kit';
import { Arg, Ctx, Directive, Field, FieldResolver, InputType, Mutation, Resolver, Root } from 'type-graphql';
import type { UsersContext } from '../../context.js';
import { answer, type MutationAnswer } from '../../mutation-response.js';
import { AccountResponse, publicColumns, Topic, User, type UserRow } from '../accounts/index.js';
import { readProfileUpdate } from './profile-input.js';

@InputType('ProfileUpdateInput', { description: 'The fields to change; those left out stay as they are.' })
export class ProfileUpdateInput {
  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'An https URL; null removes the picture.' })
  avatarUrl?: string | null;

  @Field(() => [String], { nullable: true, description: 'Catalog topic ids, at most 50.' })
  interests?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes, at most 10.' })
  preferredLanguages?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'At most 10, each at most 200 characters.' })
  learningGoals?: string[] | null;
}

/** Drops the lists sent as null: for a list, null means "leave it", only texts are cleared by null. */
const withoutNullLists = (input: ProfileUpdateInput) =>
  Object.fromEntries(
    Object.entries(input).filter(
      ([key, value]) => value !== undefined && !(value === null && key !== 'displayName' && key !== 'avatarUrl'),
    ),
  );

/** A person's profile, which only they change. */
@Resolver(() => User)
export class ProfileResolver {
  @Directive('@authenticated')
  @Mutation(() => AccountResponse, { description: "Changes the signed-in person's own profile." })
  profileUpdate(
    @Arg('input', () => ProfileUpdateInput) input: ProfileUpdateInput,
    @Ctx() ctx: UsersContext,
  ): Promise<MutationAnswer<UserRow>> {
    const viewer = requireViewer(ctx.viewer);
    return answer(async () => {
      const change = readProfileUpdate(withoutNullLists({ ...input }));
      return ctx.db.user.update({ where: { id: viewer.userId }, data: change, select: publicColumns });
    });
  }

  @FieldResolver(() => [Topic])
  interests(@Root() user: UserRow): Topic[] {
    return user.interests.map((id) => ({ id }));
  }
}
