import { Arg, Ctx, Directive, Int, Query, Resolver } from 'type-graphql';
import type { SearchContext } from '../../context.js';
import { invalid, searchLimits } from './read-search-input.js';

@Resolver()
export class SearchSuggestionsResolver {
  @Directive('@cacheControl(maxAge: 300)')
  @Directive('@listSize(slicingArguments: ["first"])')
  @Directive('@tag(name: "public")')
  @Query(() => [String], {
    description:
      'Search-as-you-type: words and topic, offeror and instructor names beginning with `prefix` (lower case), shortest first.',
  })
  async searchSuggestions(
    @Arg('prefix', () => String, { description: '1 to 100 characters.' }) prefix: string,
    @Arg('first', () => Int, { defaultValue: searchLimits.suggestionsDefault, description: 'How many, 1 to 20.' })
    first: number,
    @Ctx() ctx: SearchContext,
  ): Promise<string[]> {
    const text = prefix.trim().toLowerCase();
    if (text.length === 0) throw invalid('prefix', 'must not be empty');
    if (text.length > searchLimits.prefixMax)
      throw invalid('prefix', `must be at most ${searchLimits.prefixMax} characters`);
    if (!Number.isInteger(first) || first < 1 || first > searchLimits.suggestionsMax)
      throw invalid('first', `must be between 1 and ${searchLimits.suggestionsMax}`);
    return ctx.engine.suggest(text, first);
  }
}
