import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLearningResource, getResourceNeighbours } from '@/lib/learning-resources';
import { pageMetadata } from '@/lib/page-metadata';
import { recordResourceView } from '@/lib/record-view';
import { shorten } from '@/lib/text';
import { ErrorNotice } from '@/ui/components/error-notice';
import { ResourceActions } from '@/ui/sections/resource-actions';
import { ResourceDetail } from '@/ui/sections/resource-detail';
import { ResourceNeighbours } from '@/ui/sections/resource-neighbours';

export async function generateMetadata({ params }: PageProps<'/resources/[id]'>): Promise<Metadata> {
  const result = await getLearningResource((await params).id);
  if (!result.ok) return { title: 'Learning resource' };
  const { id, title, description, image, offeredBy } = result.data;
  return pageMetadata({
    title,
    description: description
      ? shorten(description, 160)
      : `${title}${offeredBy ? `, offered by ${offeredBy.name}` : ''}.`,
    path: `/resources/${encodeURIComponent(id)}`,
    image,
  });
}

export default async function ResourcePage({ params, searchParams }: PageProps<'/resources/[id]'>) {
  const { id } = await params;
  // the view is counted alongside the reads, so that it adds no wait of its own
  const [result, neighbours] = await Promise.all([
    getLearningResource(id),
    getResourceNeighbours(id),
    recordResourceView(id),
  ]);
  if (result.ok) {
    const { problem } = await searchParams;
    const { title } = result.data;
    return (
      <>
        <ResourceDetail
          resource={result.data}
          actions={<ResourceActions resourceId={id} title={title} problem={problem} />}
        />
        <ResourceNeighbours result={neighbours} />
      </>
    );
  }
  if (result.error.kind === 'not-found') notFound();
  return <ErrorNotice title="This resource can’t be shown right now" message={result.error.message} />;
}
