import { readPageArgs, toConnection } from '@learngraph/service-kit';
import { Arg, Ctx, Directive, Int, Query, Resolver } from 'type-graphql';
import type { SearchContext } from '../../context.js';
import { readOffset, readSearchInput, searchLimits } from './read-search-input.js';
import { SearchInput } from './search.input.js';
import { SearchResultConnection } from './search.type.js';
import type { Highlight } from './search-engine.js';

/** Runs `load` at most once, on first call, and shares its promise. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load();
    return loaded;
  };
}

@Resolver()
export class SearchResolver {
  // Paging stays in top-level arguments, as on every other connection: the cost model sizes `edges` by
  // `first`, and federation's @listSize only names arguments of the field itself.
  @Directive('@cacheControl(maxAge: 60)')
  @Directive('@listSize(slicingArguments: ["first"], sizedFields: ["edges"])')
  @Directive('@tag(name: "public")')
  @Query(() => SearchResultConnection, {
    description: 'Search over published learning resources: text, filters with facet counts, sorts, snippets.',
  })
  async search(
    @Arg('input', () => SearchInput) input: SearchInput,
    @Arg('first', () => Int, { defaultValue: searchLimits.defaultSize, description: 'Page size, 1 to 100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'At most 10,000 results deep.' }) after: string | null,
    @Ctx() ctx: SearchContext,
  ): Promise<SearchResultConnection> {
    const request = readSearchInput(input);
    const page = readPageArgs({ first, after }, searchLimits);
    const depth = request.mode === 'TEXT' ? searchLimits.maxOffset : searchLimits.semanticWindow;
    const offset = readOffset(page.after, depth);
    // A page ends at the deepest result; one row more than the page says whether another page may follow.
    const size = Math.min(page.size, depth - offset);
    const { hits, total } = await ctx.engine.search(request, offset + size < depth ? size + 1 : size, offset);
    const ranked = hits.map((hit, index) => ({ ...hit, offset: offset + index + 1 }));
    const { edges, pageInfo } = toConnection(
      ranked,
      size,
      offset > 0,
      (hit) => hit,
      (hit) => [hit.offset],
    );
    const { text } = request;
    const highlights = once(
      (): Promise<Map<string, Highlight>> =>
        text === null
          ? Promise.resolve(new Map())
          : ctx.engine.highlights(
              text,
              edges.map(({ node }) => node.id),
            ),
    );
    return {
      edges: edges.map(({ cursor, node }) => ({
        cursor,
        score: node.score,
        node: { id: node.id },
        loadHighlight: async () => (await highlights()).get(node.id) ?? null,
      })),
      pageInfo,
      totalCount: total,
      request,
    };
  }
}
