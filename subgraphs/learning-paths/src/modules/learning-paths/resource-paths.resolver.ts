import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { LearningPathsContext } from '../../context.js';
import { LearningPathConnection, LearningResourceReference } from './learning-path.type.js';
import { ownerConnection } from './owner-connection.js';
import { connectionSize, PageArgs } from './page-args.js';

@Resolver(() => LearningResourceReference)
export class ResourcePathsResolver {
  @Directive(connectionSize)
  @Directive('@tag(name: "public")')
  @FieldResolver(() => LearningPathConnection, {
    description: 'The paths holding this resource that you may see listed, newest first.',
  })
  inLearningPaths(
    @Root() resource: LearningResourceReference,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: LearningPathsContext,
  ): Promise<LearningPathConnection> {
    return ownerConnection(ctx, 'resource', resource.id, page);
  }
}
