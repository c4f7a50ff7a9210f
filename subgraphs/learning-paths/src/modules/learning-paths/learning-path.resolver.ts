import { readPageArgs, requireUuid, toConnection } from '@learngraph/service-kit';
import {
  Arg,
  Args,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import type { LearningPathsContext } from '../../context.js';
import { browsePosition, readBrowsePosition } from './browse-cursor.js';
import { LearningPath, LearningPathConnection, LearningPathItem, UserReference } from './learning-path.type.js';
import { learningPathLimits } from './learning-path-input.js';
import { connectionSize, PageArgs, pathPageLimits } from './page-args.js';
import { canRead, isMember } from './path-access.js';
import type { BrowseSort } from './path-lists.js';
import type { PathRow } from './path-row.js';

export const LearningPathSort = { NEWEST: 'NEWEST', MOST_FOLLOWED: 'MOST_FOLLOWED' } as const;
registerEnumType(LearningPathSort, { name: 'LearningPathSort' });

@InputType('LearningPathFilter')
export class LearningPathFilter {
  @Field(() => String, { nullable: true, description: 'Only paths with this topic (its exact name).' })
  topic?: string | null;
}

/** The path when it exists and the viewer may read it; otherwise null, the same for both. */
export async function readablePath(ctx: LearningPathsContext, id: string): Promise<PathRow | null> {
  const path = await ctx.loaders.path.load(id);
  return path && canRead(path, ctx.viewer) ? path : null;
}

@Resolver(() => LearningPath)
export class LearningPathResolver {
  @Directive('@tag(name: "public")')
  @Query(() => LearningPath, { nullable: true, description: 'A path you may see; null for any other id.' })
  learningPath(@Arg('id', () => ID) id: string, @Ctx() ctx: LearningPathsContext): Promise<PathRow | null> {
    return readablePath(ctx, requireUuid(id, 'id'));
  }

  @Directive('@cacheControl(maxAge: 60)')
  @Directive(connectionSize)
  @Directive('@tag(name: "public")')
  @Query(() => LearningPathConnection, { description: 'Public learning paths, newest or most followed first.' })
  async learningPaths(
    @Arg('filter', () => LearningPathFilter, { nullable: true }) filter: LearningPathFilter | null,
    @Arg('sort', () => LearningPathSort, { defaultValue: 'NEWEST' }) sort: BrowseSort,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: LearningPathsContext,
  ): Promise<LearningPathConnection> {
    const { size, after } = readPageArgs(page, pathPageLimits);
    const position = readBrowsePosition(sort, after);
    const topic = filter?.topic?.trim().replace(/\s+/g, ' ') || null;
    const [rows, totalCount] = await Promise.all([
      ctx.paths.browse(ctx.viewer, { topic }, sort, size + 1, position),
      ctx.paths.browseCount(ctx.viewer, { topic }),
    ]);
    return { ...toConnection(rows, size, position !== null, (row) => row, browsePosition(sort)), totalCount };
  }

  @FieldResolver(() => UserReference, { nullable: true, description: "null once the author's account was deleted." })
  author(@Root() path: PathRow): UserReference | null {
    return path.authorId ? { id: path.authorId } : null;
  }

  @Directive(`@listSize(assumedSize: ${learningPathLimits.coEditorsMax})`)
  @FieldResolver(() => [UserReference], { description: 'People the author lets change the path.' })
  coEditors(@Root() path: PathRow): UserReference[] {
    return path.editorIds.map((id) => ({ id }));
  }

  @FieldResolver(() => Boolean, {
    description: 'Hidden by an administrator: seen only by its members and administrators.',
  })
  hidden(@Root() path: PathRow): boolean {
    return path.hiddenAt !== null;
  }

  @Directive('@cacheControl(scope: PRIVATE)')
  @FieldResolver(() => Boolean, { description: 'Whether the signed-in user may change the path.' })
  viewerCanEdit(@Root() path: PathRow, @Ctx() ctx: LearningPathsContext): boolean {
    return isMember(path, ctx.viewer);
  }

  @Directive('@tag(name: "public")')
  @FieldResolver(() => Int)
  async itemCount(@Root() path: PathRow, @Ctx() ctx: LearningPathsContext): Promise<number> {
    return (await ctx.loaders.items.load(path.id)).length;
  }

  @Directive(`@listSize(assumedSize: ${learningPathLimits.itemsMax})`)
  @Directive('@tag(name: "public")')
  @FieldResolver(() => [LearningPathItem])
  async items(@Root() path: PathRow, @Ctx() ctx: LearningPathsContext): Promise<LearningPathItem[]> {
    return pathItems(ctx, path.id);
  }
}

/** A path's items in order, numbered from 1. */
export async function pathItems(ctx: LearningPathsContext, pathId: string): Promise<LearningPathItem[]> {
  const items = await ctx.loaders.items.load(pathId);
  return items.map((item, index) => ({
    pathId,
    position: index + 1,
    resource: { id: item.resourceId },
    note: item.note,
    required: item.required,
    available: item.available,
    addedAt: item.addedAt,
  }));
}
