import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { SearchContext } from '../../context.js';
import { invalid, readSimilarFilter, searchLimits } from './read-search-input.js';
import { SearchFilter } from './search.input.js';
import { LearningResourceReference } from './search.type.js';

@Resolver(() => LearningResourceReference)
export class SimilarResourcesResolver {
  @Directive('@listSize(slicingArguments: ["first"])')
  @Directive('@tag(name: "public")')
  @FieldResolver(() => [LearningResourceReference], {
    description:
      'Published resources most like this one (nearest embeddings: title, topics, description), nearest first.',
  })
  async similar(
    @Root() resource: LearningResourceReference,
    @Arg('first', () => Int, { defaultValue: searchLimits.similarDefault, description: 'How many, 1 to 50.' })
    first: number,
    @Arg('filter', () => SearchFilter, { nullable: true }) filter: SearchFilter | null,
    @Ctx() ctx: SearchContext,
  ): Promise<LearningResourceReference[]> {
    if (!Number.isInteger(first) || first < 1 || first > searchLimits.similarMax)
      throw invalid('first', `must be between 1 and ${searchLimits.similarMax}`);
    const hits = await ctx.similar.load({ id: resource.id, first, filter: readSimilarFilter(filter) });
    return hits.map((hit) => ({ id: hit.id }));
  }
}
