import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SearchContext } from '../../context.js';
import { searchLimits } from './read-search-input.js';
import { SearchHighlight, SearchResultConnection, SearchResultEdge } from './search.type.js';
import { SearchFacets } from './search-facets.type.js';

/** What a page computes only when the query selects it: facet counts and a corrected query. */
@Resolver(() => SearchResultConnection)
export class SearchResultConnectionResolver {
  @Directive('@tag(name: "public")')
  @FieldResolver(() => SearchFacets, { description: 'Counts per facet value of the resources this search matches.' })
  facets(@Root() page: SearchResultConnection, @Ctx() ctx: SearchContext): Promise<SearchFacets> {
    return ctx.engine.facets(page.request, searchLimits.facetValuesMax);
  }

  @Directive('@tag(name: "public")')
  @FieldResolver(() => String, {
    nullable: true,
    description: `A corrected query that finds resources, when this one finds fewer than ${searchLimits.fewHits}.`,
  })
  async didYouMean(@Root() page: SearchResultConnection, @Ctx() ctx: SearchContext): Promise<string | null> {
    const { text } = page.request;
    if (text === null || page.totalCount >= searchLimits.fewHits) return null;
    return ctx.engine.didYouMean(text);
  }
}

@Resolver(() => SearchResultEdge)
export class SearchResultEdgeResolver {
  @Directive('@tag(name: "public")')
  @FieldResolver(() => SearchHighlight, {
    nullable: true,
    description: 'The match with its matched words marked; null when the search has no query.',
  })
  highlight(@Root() edge: SearchResultEdge): Promise<SearchHighlight | null> {
    return edge.loadHighlight();
  }
}
