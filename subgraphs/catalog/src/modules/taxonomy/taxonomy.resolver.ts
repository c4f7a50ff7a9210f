import { badUserInput, isUuid } from '@learngraph/service-kit';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { CatalogContext } from '../../context.js';
import { LearningResourceConnection, listResources, ResourceListArgs } from '../learning-resources/index.js';
import { Department, Offeror, Platform, School, Topic } from './taxonomy.type.js';

@Resolver(() => Topic)
export class TopicResolver {
  @Directive('@listSize(assumedSize: 20)')
  @Directive('@tag(name: "public")')
  @Query(() => [Topic], { description: 'The topic tree: its roots, each with its children.' })
  async topics(@Ctx() ctx: CatalogContext): Promise<Topic[]> {
    return (await ctx.taxonomy.topics()).children.get(null) ?? [];
  }

  @Directive('@tag(name: "public")')
  @Query(() => Topic, { nullable: true })
  async topic(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<Topic | null> {
    if (!isUuid(id))
      throw badUserInput('id is not a valid topic id.', [{ field: 'id', message: 'not a valid topic id' }]);
    return (await ctx.taxonomy.topics()).byId.get(id) ?? null;
  }

  @Directive('@tag(name: "public")')
  @FieldResolver(() => Topic, { nullable: true })
  async parent(@Root() topic: Topic, @Ctx() ctx: CatalogContext): Promise<Topic | null> {
    return topic.parentId ? ((await ctx.taxonomy.topics()).byId.get(topic.parentId) ?? null) : null;
  }

  @Directive('@listSize(assumedSize: 20)')
  @Directive('@tag(name: "public")')
  @FieldResolver(() => [Topic])
  async children(@Root() topic: Topic, @Ctx() ctx: CatalogContext): Promise<Topic[]> {
    return (await ctx.taxonomy.topics()).children.get(topic.id) ?? [];
  }

  @Directive('@listSize(slicingArguments: ["first"], sizedFields: ["edges"])')
  @Directive('@tag(name: "public")')
  @FieldResolver(() => LearningResourceConnection, {
    description: 'Published resources on this topic or its sub-topics.',
  })
  async resources(
    @Root() topic: Topic,
    @Args(() => ResourceListArgs) args: ResourceListArgs,
    @Ctx() ctx: CatalogContext,
  ) {
    return listResources(ctx, args, { withinTopicIds: await ctx.taxonomy.withDescendants(topic.id) });
  }
}

@Resolver(() => Department)
export class DepartmentResolver {
  @Directive('@listSize(assumedSize: 50)')
  @Directive('@tag(name: "public")')
  @Query(() => [Department], { description: 'MIT departments, by code.' })
  async departments(@Ctx() ctx: CatalogContext): Promise<Department[]> {
    return [...(await ctx.taxonomy.departments()).values()];
  }

  @Directive('@tag(name: "public")')
  @FieldResolver(() => School, { nullable: true })
  async school(@Root() department: Department, @Ctx() ctx: CatalogContext): Promise<School | null> {
    return department.schoolCode ? ((await ctx.taxonomy.schools()).get(department.schoolCode) ?? null) : null;
  }
}

@Resolver()
export class TaxonomyListsResolver {
  @Directive('@listSize(assumedSize: 20)')
  @Directive('@tag(name: "public")')
  @Query(() => [Offeror], { description: 'Who offers resources, by name.' })
  async offerors(@Ctx() ctx: CatalogContext): Promise<Offeror[]> {
    return [...(await ctx.taxonomy.offerors()).values()];
  }

  @Directive('@listSize(assumedSize: 30)')
  @Directive('@tag(name: "public")')
  @Query(() => [Platform], { description: 'Where resources live, by name.' })
  async platforms(@Ctx() ctx: CatalogContext): Promise<Platform[]> {
    return [...(await ctx.taxonomy.platforms()).values()];
  }

  @Directive('@listSize(assumedSize: 10)')
  @Directive('@tag(name: "public")')
  @Query(() => [School], { description: 'MIT schools, by name.' })
  async schools(@Ctx() ctx: CatalogContext): Promise<School[]> {
    return [...(await ctx.taxonomy.schools()).values()];
  }
}
