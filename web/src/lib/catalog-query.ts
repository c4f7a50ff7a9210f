import type { LearningResourceSort, ResourceTypeGroup } from '@/gql/graphql';
import { pageCursor } from './page-cursor';

/** What the catalog page (`/resources`) shows: the sort, the filters and the page, as its query string says. */
export interface CatalogQuery {
  sort: LearningResourceSort;
  /** Courses, programs or learning material; `undefined` for all of them. */
  group: ResourceTypeGroup | undefined;
  /** Free resources only. */
  free: boolean;
  /** Resources that lead to a certificate only. */
  certificate: boolean;
  /** One offeror's code, e.g. "mitx". */
  offeror: string | undefined;
  /** The cursor of the previous page's last resource; `undefined` for the first page. */
  after: string | undefined;
}

/** The whole catalog, newest first: the catalog page without a query string. */
export const defaultCatalogQuery: CatalogQuery = {
  sort: 'NEWEST',
  group: undefined,
  free: false,
  certificate: false,
  offeror: undefined,
  after: undefined,
};

// Records over the generated unions: a new sort or group in the schema fails typecheck until it has a spelling.
/** Each sort as the query string spells it: lower-case words, readable in a shared link. */
export const sortParams: Record<LearningResourceSort, string> = {
  NEWEST: 'newest',
  RECENTLY_MODIFIED: 'recently-modified',
  MOST_VIEWED: 'most-viewed',
  UPCOMING_START: 'upcoming-start',
  TITLE: 'title',
};

/** Each resource type group as the query string spells it. */
export const groupParams: Record<ResourceTypeGroup, string> = {
  COURSE: 'course',
  PROGRAM: 'program',
  LEARNING_MATERIAL: 'learning-material',
};

// Offeror codes are short slugs; anything else is not a link this site made and is left out.
const OFFEROR_CODE = /^[a-z0-9][a-z0-9._-]{0,63}$/i;

/**
 * Reads the catalog page's query string. A missing, repeated or unknown value falls back to the default, so a
 * mistyped or outdated link still shows the catalog; only values the catalog must judge (an offeror code, a
 * cursor) are passed on as they are.
 * @example parseCatalogQuery({ sort: 'title', free: 'true' }) // { sort: 'TITLE', free: true, … }
 */
export function parseCatalogQuery(params: Record<string, string | string[] | undefined>): CatalogQuery {
  const offeror = single(params.offeror);
  return {
    sort: keyOf(sortParams, single(params.sort)) ?? defaultCatalogQuery.sort,
    group: keyOf(groupParams, single(params.type)),
    free: single(params.free) === 'true',
    certificate: single(params.certificate) === 'true',
    offeror: offeror && OFFEROR_CODE.test(offeror) ? offeror : undefined,
    after: pageCursor(params.after),
  };
}

/**
 * Whether the query narrows the catalog (a sort or a page alone does not).
 * @example isFiltered({ ...defaultCatalogQuery, free: true }) // true
 */
export function isFiltered(query: CatalogQuery): boolean {
  return query.group !== undefined || query.free || query.certificate || query.offeror !== undefined;
}

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function keyOf<K extends string>(spellings: Record<K, string>, value: string | undefined): K | undefined {
  return (Object.keys(spellings) as K[]).find((key) => spellings[key] === value);
}
