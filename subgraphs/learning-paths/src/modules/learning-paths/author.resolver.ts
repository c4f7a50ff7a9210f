import { newestFirstPosition, readNewestFirstPosition, readPageArgs, toConnection } from '@learngraph/service-kit';
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { LearningPathsContext } from '../../context.js';
import { pathPageLimits } from './learning-path.resolver.js';
import { Author, LearningPathConnection } from './learning-path.type.js';

@Resolver(() => Author)
export class AuthorResolver {
  @Directive('@listSize(slicingArguments: ["first"], sizedFields: ["edges"])')
  @FieldResolver(() => LearningPathConnection, { description: 'The learning paths this user wrote, newest first.' })
  async learningPaths(
    @Root() author: Author,
    @Arg('first', () => Int, { defaultValue: pathPageLimits.defaultSize, description: 'Page size, 1 to 100.' })
    first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: LearningPathsContext,
  ): Promise<LearningPathConnection> {
    const page = readPageArgs({ first, after }, pathPageLimits);
    const position = readNewestFirstPosition(page.after);
    const [rows, totalCount] = await Promise.all([
      ctx.loaders.authorPage.load({ authorId: author.id, take: page.size + 1, after: position }),
      ctx.loaders.authorCount.load(author.id),
    ]);
    return { ...toConnection(rows, page.size, position !== null, (row) => row, newestFirstPosition), totalCount };
  }
}
