import Link from 'next/link';
import { catalogHref } from '@/lib/catalog-href';
import { type CatalogQuery, defaultCatalogQuery } from '@/lib/catalog-query';
import type { DataError } from '@/lib/result';
import { ErrorNotice } from '../components/error-notice';

/**
 * Why the catalog list cannot be shown, with the ways back that may work: the first page of the same list
 * (a stale page link is the likeliest cause on a later page) and the whole catalog (for a filter the
 * catalog rejects).
 * @example <CatalogError query={query} error={result.error} />
 */
export function CatalogError({ query, error }: { query: CatalogQuery; error: DataError }) {
  const firstPage = query.after ? catalogHref({ ...query, after: undefined }) : undefined;
  const everything = catalogHref(defaultCatalogQuery);
  const narrowed = catalogHref({ ...query, after: undefined }) !== everything;
  return (
    <ErrorNotice title="No resources to show" message={error.message}>
      {firstPage ? (
        <p>
          <Link href={firstPage}>Back to the first page</Link>
        </p>
      ) : null}
      {narrowed ? (
        <p>
          <Link href={everything}>Show all learning resources</Link>
        </p>
      ) : null}
    </ErrorNotice>
  );
}
