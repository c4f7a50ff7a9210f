import Link from 'next/link';
import { listLearningResources } from '@/lib/learning-resources';
import { pageCursor } from '@/lib/page-cursor';
import { ErrorNotice } from '@/ui/components/error-notice';
import { ResourceList } from '@/ui/sections/resource-list';

export default async function HomePage({ searchParams }: PageProps<'/'>) {
  const after = pageCursor((await searchParams).after);
  const result = await listLearningResources(after);
  return (
    <>
      <h1>Learning resources</h1>
      {result.ok ? (
        <ResourceList page={result.data} isFirstPage={after === undefined} />
      ) : (
        <ErrorNotice title="No resources to show" message={result.error.message}>
          {/* a stale or hand-edited page link is the likeliest cause on a later page */}
          {after === undefined ? null : (
            <p>
              <Link href="/">Back to the first page</Link>
            </p>
          )}
        </ErrorNotice>
      )}
    </>
  );
}
