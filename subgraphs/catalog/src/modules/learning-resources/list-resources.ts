import { badUserInput, ErrorCode, encodeCursor, isUuid, readPageArgs } from '@learngraph/service-kit';
import { GraphQLError } from 'graphql';
import type { CatalogContext } from '../../context.js';
import { type KeptTaxonomy, readTaxonomyVersion, type TaxonomyCache } from '../taxonomy/index.js';
import type { LearningResourceConnection } from './learning-resource.type.js';
import type { LearningResourceFilter, LearningResourceSort } from './learning-resource-filter.js';
import { withResolvedFilter } from './resolve-filter.js';
import { isSortKey, type ResolvedFilter, type SortPosition } from './resource-list-query.js';

/** Page-size bounds of every resource list. */
export const resourcePageLimits = { defaultSize: 20, maxSize: 100 };

export interface ListArgs {
  filter?: LearningResourceFilter | null;
  sort: LearningResourceSort;
  first: number;
  after?: string | null;
}

/** Cursors name their sort, so that a cursor of one order is refused by another instead of skipping rows. */
function readPosition(after: unknown[] | null, sort: LearningResourceSort): SortPosition | null {
  if (after === null) return null;
  const [cursorSort, key, id] = after;
  if (cursorSort === sort && typeof key === 'string' && isSortKey(sort, key) && typeof id === 'string' && isUuid(id)) {
    return [key, id];
  }
  const message =
    cursorSort === sort || typeof cursorSort !== 'string'
      ? 'not a cursor returned by this list'
      : `a cursor of the ${cursorSort} order, not ${sort}`;
  throw badUserInput(`after is ${message}.`, [{ field: 'after', message }]);
}

type ListedPage = Awaited<ReturnType<CatalogContext['resources']['page']>> & { filter: ResolvedFilter };

const isRefusedInput = (error: unknown) =>
  error instanceof GraphQLError && error.extensions.code === ErrorCode.BadUserInput;

/**
 * The page as read with the taxonomies this process keeps, or null when they turned out older than the
 * database's (the page statement reads the current version; an empty page, or a refused filter, which may
 * name a code added since, costs a read of the version alone). Stale taxonomies are dropped for the next request.
 */
async function readWithKept(
  ctx: CatalogContext,
  kept: KeptTaxonomy,
  read: (taxonomy: TaxonomyCache) => Promise<ListedPage>,
): Promise<ListedPage | null> {
  try {
    const listed = await read(kept.taxonomy);
    const version = listed.taxonomyVersion ?? (await readTaxonomyVersion(ctx.db));
    if (version === kept.version) return listed;
  } catch (error) {
    if (!isRefusedInput(error) || (await readTaxonomyVersion(ctx.db)) === kept.version) throw error;
  }
  ctx.keptTaxonomies.forget(kept);
  return null;
}

/**
 * One page of a filtered, sorted list of published resources with its total: one statement for the page
 * with what it shows of each resource's relations (so their field resolvers answer from memory), and the count
 * only when the filter's remembered count is older than the page's version. The filter is resolved against
 * taxonomies kept between requests, checked by the version the page statement reads, and against freshly
 * read ones when that version has moved on.
 */
export async function listResources(
  ctx: CatalogContext,
  args: ListArgs,
  scope: Partial<ResolvedFilter> = {},
): Promise<LearningResourceConnection> {
  const page = readPageArgs({ first: args.first, after: args.after }, resourcePageLimits);
  const position = readPosition(page.after, args.sort);
  // Kept taxonomies also name the page's offerors and topics, once the page's taxonomy version shows them current.
  const read = (taxonomy: TaxonomyCache, kept: boolean): Promise<ListedPage> =>
    withResolvedFilter(args.filter, taxonomy, async (resolved) => {
      const filter = { ...resolved, ...scope };
      const listed = await ctx.resources.page(filter, args.sort, page.size + 1, position, kept ? taxonomy : undefined);
      return { filter, ...listed };
    });
  const kept = await ctx.keptTaxonomies.current();
  const { filter, version, rows } =
    (kept && (await readWithKept(ctx, kept, (taxonomy) => read(taxonomy, true)))) ?? (await read(ctx.taxonomy, false));
  const totalCount = await ctx.resources.count(filter, version);
  const edges = rows.slice(0, page.size).map((row) => {
    ctx.loaders.resource.prime(row.record.id, row.record);
    return { cursor: encodeCursor([args.sort, ...row.position]), node: row.record };
  });
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > page.size,
      hasPreviousPage: position !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
