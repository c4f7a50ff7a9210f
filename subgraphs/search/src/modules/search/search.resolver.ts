import { badUserInput, readPageArgs, toConnection } from '@learngraph/service-kit';
import { Arg, Ctx, Directive, Int, Query, Resolver } from 'type-graphql';
import type { SearchContext } from '../../context.js';
import { SearchResultConnection } from './search.type.js';

/** Explicit limits of `search`: page size, query length, and how deep results may be paged. */
export const searchLimits = { defaultSize: 20, maxSize: 100, queryMax: 200, maxOffset: 10_000 };

const invalid = (field: string, message: string) => badUserInput(`${field} ${message}.`, [{ field, message }]);

function readQuery(query: string): string {
  const text = query.trim();
  if (text.length === 0) throw invalid('query', 'must not be empty');
  if (text.length > searchLimits.queryMax)
    throw invalid('query', `must be at most ${searchLimits.queryMax} characters`);
  return text;
}

/** Search cursors hold the offset of the next result; anything else is not a cursor of this list. */
function readOffset(after: unknown[] | null): number {
  if (after === null) return 0;
  const [offset] = after;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) {
    throw invalid('after', 'is not a cursor returned by this search');
  }
  if (offset > searchLimits.maxOffset) throw invalid('after', `goes deeper than ${searchLimits.maxOffset} results`);
  return offset;
}

@Resolver()
export class SearchResolver {
  @Directive('@listSize(slicingArguments: ["first"], sizedFields: ["edges"])')
  @Query(() => SearchResultConnection, { description: 'Full-text search over published learning resources.' })
  async search(
    @Arg('query', () => String, { description: 'Words to look for; quotes, `or` and `-word` work as on the web.' })
    query: string,
    @Arg('first', () => Int, { defaultValue: searchLimits.defaultSize, description: 'Page size, 1 to 100.' })
    first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: SearchContext,
  ): Promise<SearchResultConnection> {
    const text = readQuery(query);
    const page = readPageArgs({ first, after }, searchLimits);
    const offset = readOffset(page.after);
    const { hits, total } = await ctx.engine.search(text, page.size + 1, offset);
    const ranked = hits.map((hit, index) => ({ ...hit, offset: offset + index + 1 }));
    const { edges, pageInfo } = toConnection(
      ranked,
      page.size,
      offset > 0,
      (hit) => hit,
      (hit) => [hit.offset],
    );
    return {
      edges: edges.map(({ cursor, node }) => ({ cursor, score: node.score, node: { id: node.id } })),
      pageInfo,
      totalCount: total,
    };
  }
}
