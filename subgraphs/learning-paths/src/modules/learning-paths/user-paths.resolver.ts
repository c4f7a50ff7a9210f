import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { LearningPathsContext } from '../../context.js';
import { LearningPathConnection, UserReference } from './learning-path.type.js';
import { ownerConnection } from './owner-connection.js';
import { connectionSize, PageArgs } from './page-args.js';

@Resolver(() => UserReference)
export class UserPathsResolver {
  @Directive(connectionSize)
  @FieldResolver(() => LearningPathConnection, {
    description: 'The paths this user wrote that you may see listed (all of them, to the user), newest first.',
  })
  learningPaths(
    @Root() user: UserReference,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: LearningPathsContext,
  ): Promise<LearningPathConnection> {
    return ownerConnection(ctx, 'author', user.id, page);
  }
}
