import { badUserInput, type FieldError, requireUuid } from '@learngraph/service-kit';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { CatalogContext } from '../../context.js';
import { Department, Offeror, Platform, Topic } from '../taxonomy/index.js';
import { canEdit } from './editor-access.js';
import type { ResourceRecord } from './learning-resource.repository.js';
import { LearningResource, LearningResourceConnection, LearningResourceMember } from './learning-resource.type.js';
import { LearningResourceFilter, LearningResourceSort } from './learning-resource-filter.js';
import { listResources, resourcePageLimits } from './list-resources.js';
import { LearningResourceRun, Price } from './resource-parts.type.js';
import { resourceLimits } from './resource-rules.js';

/** The arguments of every resource list. */
@ArgsType()
export class ResourceListArgs {
  @Field(() => LearningResourceFilter, { nullable: true })
  filter?: LearningResourceFilter | null;

  @Field(() => LearningResourceSort, { defaultValue: LearningResourceSort.NEWEST })
  sort!: LearningResourceSort;

  @Field(() => Int, { defaultValue: resourcePageLimits.defaultSize, description: 'Page size, 1 to 100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

/** Longest platform code a look-up may name (codes are short words such as `mitxonline`). */
const platformCodeMax = 64;

const lookupProblems = (field: string, value: string, max: number): FieldError[] => {
  if (!value.trim()) return [{ field, message: 'must not be empty' }];
  return value.length > max ? [{ field, message: `at most ${max} characters` }] : [];
};

const byName = (topics: Topic[]) => topics.toSorted((a, b) => a.name.localeCompare(b.name));

const visibleTo = (ctx: CatalogContext, resource: ResourceRecord | null) =>
  resource && (resource.published || canEdit(ctx.viewer)) ? resource : null;

@Resolver(() => LearningResource)
export class LearningResourceResolver {
  @Directive('@tag(name: "public")')
  @Query(() => LearningResource, {
    nullable: true,
    description: 'A resource by id; unpublished ones only for editors.',
  })
  async learningResource(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<ResourceRecord | null> {
    return visibleTo(ctx, await ctx.loaders.resource.load(requireUuid(id, 'id')));
  }

  @Directive('@tag(name: "public")')
  @Query(() => LearningResource, { nullable: true, description: "A resource by its provider's id on a platform." })
  async learningResourceByReadableId(
    @Arg('platform', () => ID, { description: 'Platform id (code), e.g. "mitxonline".' }) platform: string,
    @Arg('readableId', () => String) readableId: string,
    @Ctx() ctx: CatalogContext,
  ): Promise<ResourceRecord | null> {
    // No stored resource has an empty or longer id, so such a look-up is a mistake, not a miss.
    const problems = [
      ...lookupProblems('platform', platform, platformCodeMax),
      ...lookupProblems('readableId', readableId, resourceLimits.readableIdMax),
    ];
    if (problems.length > 0) {
      throw badUserInput(`Invalid look-up: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`, problems);
    }
    return visibleTo(ctx, await ctx.resources.findByReadableId(platform, readableId));
  }

  @Directive('@listSize(slicingArguments: ["first"], sizedFields: ["edges"])')
  @Directive('@tag(name: "public")')
  @Directive('@cacheControl(maxAge: 60)')
  @Query(() => LearningResourceConnection, { description: 'Published resources, filtered and sorted.' })
  learningResources(@Args(() => ResourceListArgs) args: ResourceListArgs, @Ctx() ctx: CatalogContext) {
    return listResources(ctx, args);
  }

  @Directive('@tag(name: "public")')
  @FieldResolver(() => Platform)
  async platform(@Root() resource: ResourceRecord, @Ctx() ctx: CatalogContext): Promise<Platform> {
    const platform = (await ctx.taxonomy.platforms()).get(resource.platformCode);
    // Resources reference platforms by foreign key, so a missing one is a broken invariant, not input.
    if (!platform) throw new Error(`platform ${resource.platformCode} of resource ${resource.id} not found`);
    return platform;
  }

  @Directive('@tag(name: "public")')
  @FieldResolver(() => Offeror, { nullable: true })
  offeredBy(@Root() resource: ResourceRecord, @Ctx() ctx: CatalogContext): Offeror | null | Promise<Offeror | null> {
    if (resource.listed) return resource.listed.offeror;
    const code = resource.offerorCode;
    return code ? ctx.taxonomy.offerors().then((offerors) => offerors.get(code) ?? null) : null;
  }

  @Directive('@listSize(assumedSize: 5)')
  @Directive('@tag(name: "public")')
  @FieldResolver(() => [Department])
  async departments(@Root() resource: ResourceRecord, @Ctx() ctx: CatalogContext): Promise<Department[]> {
    const [codes, departments] = await Promise.all([
      ctx.loaders.departmentCodes.load(resource.id),
      ctx.taxonomy.departments(),
    ]);
    return codes.flatMap((code) => departments.get(code) ?? []);
  }

  @Directive('@listSize(assumedSize: 10)')
  @Directive('@tag(name: "public")')
  @FieldResolver(() => [Topic])
  topics(@Root() resource: ResourceRecord, @Ctx() ctx: CatalogContext): Topic[] | Promise<Topic[]> {
    if (resource.listed) return byName(resource.listed.topics);
    return Promise.all([ctx.loaders.topicIds.load(resource.id), ctx.taxonomy.topics()]).then(([ids, { byId }]) =>
      byName(ids.flatMap((id) => byId.get(id) ?? [])),
    );
  }

  @Directive('@listSize(assumedSize: 5)')
  @Directive('@tag(name: "public")')
  @FieldResolver(() => [Price])
  prices(@Root() resource: ResourceRecord, @Ctx() ctx: CatalogContext): Price[] | Promise<Price[]> {
    return resource.listed ? resource.listed.prices : ctx.loaders.prices.load(resource.id);
  }

  @Directive('@listSize(assumedSize: 10)')
  @Directive('@tag(name: "public")')
  @FieldResolver(() => [LearningResourceRun], { description: 'Runs, latest start first.' })
  runs(@Root() resource: ResourceRecord, @Ctx() ctx: CatalogContext): Promise<LearningResourceRun[]> {
    return ctx.loaders.runs.load(resource.id);
  }

  @Directive('@listSize(assumedSize: 50)')
  @Directive('@tag(name: "public")')
  @FieldResolver(() => [LearningResourceMember], {
    description: "A program's courses, a playlist's videos or a podcast's episodes, in order; published ones only.",
  })
  async members(@Root() resource: ResourceRecord, @Ctx() ctx: CatalogContext): Promise<LearningResourceMember[]> {
    const links = await ctx.loaders.members.load(resource.id);
    const children = await ctx.loaders.resource.loadMany(links.map((link) => link.childId));
    return links.flatMap((link, index) => {
      const child = children[index];
      return child && !(child instanceof Error) && child.published
        ? [{ position: link.position, resource: child }]
        : [];
    });
  }

  @Directive('@listSize(assumedSize: 5)')
  @Directive('@tag(name: "public")')
  @FieldResolver(() => [LearningResource], {
    description: 'The programs, playlists or podcasts this resource belongs to.',
  })
  async memberOf(@Root() resource: ResourceRecord, @Ctx() ctx: CatalogContext): Promise<ResourceRecord[]> {
    const parents = await ctx.loaders.resource.loadMany(await ctx.loaders.parents.load(resource.id));
    return parents.filter(
      (parent): parent is ResourceRecord => !!parent && !(parent instanceof Error) && parent.published,
    );
  }
}
