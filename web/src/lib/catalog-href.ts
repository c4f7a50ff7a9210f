import { type CatalogQuery, defaultCatalogQuery, groupParams, sortParams } from './catalog-query';

/**
 * The relative link to the catalog page showing this query: defaults are left out, so the unfiltered first
 * page is plain `/resources`, and the parameters always come in the same order.
 * @example catalogHref({ ...defaultCatalogQuery, sort: 'TITLE', free: true }) // '/resources?sort=title&free=true'
 */
export function catalogHref(query: CatalogQuery): string {
  const params = new URLSearchParams();
  if (query.sort !== defaultCatalogQuery.sort) params.set('sort', sortParams[query.sort]);
  if (query.group) params.set('type', groupParams[query.group]);
  if (query.free) params.set('free', 'true');
  if (query.certificate) params.set('certificate', 'true');
  if (query.offeror) params.set('offeror', query.offeror);
  if (query.after) params.set('after', query.after);
  const search = params.toString();
  return search ? `/resources?${search}` : '/resources';
}

/** A change of sort or filters; the page's cursor is never part of one. */
export type CatalogChange = Partial<Omit<CatalogQuery, 'after'>>;

/**
 * The link for a change to the current query. Any change but a page's own cursor starts again at the first
 * page: a cursor belongs to the list it came from.
 * @example refineHref(query, { group: 'PROGRAM' })
 */
export function refineHref(query: CatalogQuery, change: CatalogChange): string {
  return catalogHref({ ...query, ...change, after: undefined });
}
