import Link from 'next/link';

/**
 * Links between catalog pages: back to the first page when on a later one, and on to the next when there is one.
 * Cursor pagination only moves forward, so there is no "previous page". The links keep the current sort and
 * filters (see `catalogHref`, or the list's own page link).
 * @example <Pagination firstPageHref="/resources?free=true" nextPageHref="/resources?free=true&after=Y3Vyc29yOjQ3" />
 */
export function Pagination({ firstPageHref, nextPageHref }: { firstPageHref?: string; nextPageHref?: string }) {
  if (!firstPageHref && !nextPageHref) return null;
  return (
    <nav className="pagination" aria-label="Pagination">
      {firstPageHref ? <Link href={firstPageHref}>First page</Link> : null}
      {nextPageHref ? (
        <Link href={nextPageHref} rel="next">
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
