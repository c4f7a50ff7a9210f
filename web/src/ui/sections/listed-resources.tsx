import Link from 'next/link';
import type { LearningResourcePage } from '@/lib/learning-resources';
import type { Result } from '@/lib/result';
import { pagedHref } from '@/lib/taxonomy-href';
import { ErrorNotice } from '../components/error-notice';
import { ResourceList } from './resource-list';

/**
 * The resources of a topic, an offeror or a department, one page at a time at `path?after=…`; when the page
 * cannot be read, why, with a link back to the first page when a later one was asked for.
 * @example <ListedResources result={result} path="/offerors/mitx" after={after} empty="MITx offers nothing yet." />
 */
export function ListedResources({
  result,
  path,
  after,
  empty,
}: {
  result: Result<LearningResourcePage>;
  path: string;
  after: string | undefined;
  empty: string;
}) {
  if (!result.ok) {
    return (
      <ErrorNotice title="No resources to show" message={result.error.message}>
        {after ? (
          <p>
            <Link href={path}>Back to the first page</Link>
          </p>
        ) : null}
      </ErrorNotice>
    );
  }
  return (
    <ResourceList
      page={result.data}
      after={after}
      pageHref={(cursor) => pagedHref(path, cursor)}
      empty={<p>{empty}</p>}
    />
  );
}
