import Link from 'next/link';

/**
 * Links between catalog pages: back to the first page when on a later one, and on to the next when there is one.
 * Cursor pagination only moves forward, so there is no "previous page".
 * @example <Pagination isFirstPage={false} nextCursor="Y3Vyc29yOjQ3" />
 */
export function Pagination({ isFirstPage, nextCursor }: { isFirstPage: boolean; nextCursor: string | undefined }) {
  if (isFirstPage && !nextCursor) return null;
  return (
    <nav className="pagination" aria-label="Pagination">
      {isFirstPage ? null : <Link href="/">First page</Link>}
      {nextCursor ? (
        <Link href={`/?after=${encodeURIComponent(nextCursor)}`} rel="next">
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
