import {
  newestFirstPosition,
  readNewestFirstPosition,
  readPageArgs,
  requireUuid,
  toConnection,
} from '@learngraph/service-kit';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { CatalogContext } from '../../context.js';
import { LearningResource, LearningResourceConnection } from './learning-resource.type.js';

/** Page-size bounds of `learningResources`. */
export const resourcePageLimits = { defaultSize: 20, maxSize: 100 };

@Resolver(() => LearningResource)
export class LearningResourceResolver {
  @Query(() => LearningResource, { nullable: true, description: 'A published learning resource, by id.' })
  async learningResource(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: CatalogContext,
  ): Promise<LearningResource | null> {
    const resource = await ctx.loaders.resource.load(requireUuid(id, 'id'));
    return resource?.published ? resource : null;
  }

  @Query(() => LearningResourceConnection, { description: 'Published learning resources, newest first.' })
  async learningResources(
    @Arg('first', () => Int, { defaultValue: resourcePageLimits.defaultSize, description: 'Page size, 1 to 100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<LearningResourceConnection> {
    const page = readPageArgs({ first, after }, resourcePageLimits);
    const position = readNewestFirstPosition(page.after);
    const [rows, totalCount] = await Promise.all([
      ctx.resources.listPublished(page.size + 1, position),
      ctx.resources.countPublished(),
    ]);
    const connection = toConnection(rows, page.size, position !== null, (row) => row, newestFirstPosition);
    return { ...connection, totalCount };
  }
}
