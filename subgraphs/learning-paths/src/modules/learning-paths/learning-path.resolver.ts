import {
  isUuid,
  newestFirstPosition,
  readNewestFirstPosition,
  readPageArgs,
  requireUuid,
  requireViewer,
  toConnection,
} from '@learngraph/service-kit';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { LearningPathsContext } from '../../context.js';
import { learningPathLimits, readCreateLearningPath } from './create-learning-path-input.js';
import type { PathRow } from './learning-path.repository.js';
import {
  Author,
  CreateLearningPathInput,
  LearningPath,
  LearningPathConnection,
  LearningPathItem,
} from './learning-path.type.js';

/** Page-size bounds of path lists. */
export const pathPageLimits = { defaultSize: 20, maxSize: 100 };

@Resolver(() => LearningPath)
export class LearningPathResolver {
  @Query(() => LearningPath, { nullable: true })
  learningPath(@Arg('id', () => ID) id: string, @Ctx() ctx: LearningPathsContext): Promise<PathRow | null> {
    return ctx.loaders.path.load(requireUuid(id, 'id'));
  }

  @Directive('@listSize(slicingArguments: ["first"], sizedFields: ["edges"])')
  @Query(() => LearningPathConnection, { description: 'Every learning path, newest first.' })
  async learningPaths(
    @Arg('first', () => Int, { defaultValue: pathPageLimits.defaultSize, description: 'Page size, 1 to 100.' })
    first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: LearningPathsContext,
  ): Promise<LearningPathConnection> {
    const page = readPageArgs({ first, after }, pathPageLimits);
    const position = readNewestFirstPosition(page.after);
    const [rows, totalCount] = await Promise.all([ctx.paths.list(page.size + 1, position), ctx.paths.count()]);
    return { ...toConnection(rows, page.size, position !== null, (row) => row, newestFirstPosition), totalCount };
  }

  @Mutation(() => LearningPath, { description: 'Creates a learning path authored by the signed-in user.' })
  async createLearningPath(
    @Arg('input', () => CreateLearningPathInput) input: CreateLearningPathInput,
    @Ctx() ctx: LearningPathsContext,
  ): Promise<PathRow> {
    const viewer = requireViewer(ctx.viewer);
    const published = await ctx.paths.publishedResourceIds((input.resourceIds ?? []).filter(isUuid));
    const fields = readCreateLearningPath(input, published);
    return ctx.paths.create({ authorId: viewer.userId, ...fields });
  }

  @FieldResolver(() => Author)
  author(@Root() path: PathRow): Author {
    return { id: path.authorId };
  }

  @Directive(`@listSize(assumedSize: ${learningPathLimits.itemsMax})`)
  @FieldResolver(() => [LearningPathItem])
  async items(@Root() path: PathRow, @Ctx() ctx: LearningPathsContext): Promise<LearningPathItem[]> {
    const items = await ctx.loaders.items.load(path.id);
    return items.map((item) => ({ position: item.position, resource: { id: item.resourceId } }));
  }
}
