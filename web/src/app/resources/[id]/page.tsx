import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLearningResource, getResourceNeighbours } from '@/lib/learning-resources';
import { shorten } from '@/lib/text';
import { ErrorNotice } from '@/ui/components/error-notice';
import { ResourceDetail } from '@/ui/sections/resource-detail';
import { ResourceNeighbours } from '@/ui/sections/resource-neighbours';

export async function generateMetadata({ params }: PageProps<'/resources/[id]'>): Promise<Metadata> {
  const result = await getLearningResource((await params).id);
  if (!result.ok) return { title: 'Learning resource' };
  const { title, description } = result.data;
  return { title, ...(description ? { description: shorten(description, 160) } : {}) };
}

export default async function ResourcePage({ params }: PageProps<'/resources/[id]'>) {
  const { id } = await params;
  const [result, neighbours] = await Promise.all([getLearningResource(id), getResourceNeighbours(id)]);
  if (result.ok) {
    return (
      <>
        <ResourceDetail resource={result.data} />
        <ResourceNeighbours result={neighbours} />
      </>
    );
  }
  if (result.error.kind === 'not-found') notFound();
  return <ErrorNotice title="This resource can’t be shown right now" message={result.error.message} />;
}
