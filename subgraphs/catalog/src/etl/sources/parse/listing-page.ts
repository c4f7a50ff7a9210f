import { z } from 'zod';
import { type FeedFile, FeedFileError, type FeedRecord } from '../../source.js';

const pageSchema = z.object({
  count: z.number().int().nonnegative(),
  next: z.string().nullable(),
  previous: z.string().nullable(),
  results: z.array(z.unknown()),
});

/** One page of a paginated REST listing (Django REST framework's `{count, next, previous, results}`). */
export interface ListingPage {
  file: string;
  /** How many items the whole listing holds, as the API reported it with this page. */
  count: number;
  results: unknown[];
}

/**
 * Reads a file as one page of a paginated listing, or throws FeedFileError when it is not one.
 *
 * @example
 * const page = readListingPage({ path: 'courses.json', content: { count: 1, next: null, previous: null, results: [{}] } });
 */
export function readListingPage(file: FeedFile): ListingPage {
  const page = pageSchema.safeParse(file.content);
  if (!page.success)
    throw new FeedFileError(file.path, 'expected one page of the API listing: {count, next, previous, results}');
  return { file: file.path, count: page.data.count, results: page.data.results };
}

/**
 * The items of every page as records, after checking that the pages together are the whole listing: a
 * run given only some pages of a full feed would otherwise unpublish everything on the missing ones.
 *
 * @example
 * const records = listingRecords(files.map(readListingPage), 'courses');
 */
export function listingRecords(pages: ListingPage[], noun: string): FeedRecord[] {
  const [first] = pages;
  if (!first) return [];
  const other = pages.find((page) => page.count !== first.count);
  if (other)
    throw new FeedFileError(other.file, `a page of another listing (count ${other.count}, not ${first.count})`);
  const total = pages.reduce((sum, page) => sum + page.results.length, 0);
  if (total !== first.count) {
    throw new FeedFileError(
      first.file,
      `the pages hold ${total} of the ${first.count} ${noun} the listing reports: give every page`,
    );
  }
  return pages.flatMap((page) => page.results.map((value, index) => ({ file: page.file, index, value })));
}
