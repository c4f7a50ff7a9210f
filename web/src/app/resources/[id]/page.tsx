import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLearningResource } from '@/lib/learning-resources';
import { shorten } from '@/lib/text';
import { ErrorNotice } from '@/ui/components/error-notice';
import { ResourceActions } from '@/ui/sections/resource-actions';
import { ResourceDetail } from '@/ui/sections/resource-detail';

export async function generateMetadata({ params }: PageProps<'/resources/[id]'>): Promise<Metadata> {
  const result = await getLearningResource((await params).id);
  if (!result.ok) return { title: 'Learning resource' };
  const { title, description } = result.data;
  return { title, ...(description ? { description: shorten(description, 160) } : {}) };
}

export default async function ResourcePage({ params, searchParams }: PageProps<'/resources/[id]'>) {
  const result = await getLearningResource((await params).id);
  if (result.ok) {
    const { problem } = await searchParams;
    const { id, title } = result.data;
    return (
      <ResourceDetail
        resource={result.data}
        actions={<ResourceActions resourceId={id} title={title} problem={problem} />}
      />
    );
  }
  if (result.error.kind === 'not-found') notFound();
  return <ErrorNotice title="This resource can’t be shown right now" message={result.error.message} />;
}
