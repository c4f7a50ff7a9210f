import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { listFilteredResources } from '@/lib/learning-resources';
import { pageCursor } from '@/lib/page-cursor';
import { pageMetadata } from '@/lib/page-metadata';
import { getOfferor } from '@/lib/taxonomy';
import { taxonomyHref } from '@/lib/taxonomy-href';
import { ErrorNotice } from '@/ui/components/error-notice';
import { ListedResources } from '@/ui/sections/listed-resources';

export async function generateMetadata({ params }: PageProps<'/offerors/[id]'>): Promise<Metadata> {
  const result = await getOfferor((await params).id);
  if (!result.ok) return { title: 'Offeror' };
  return pageMetadata({
    title: result.data.name,
    description: result.data.description ?? `Learning resources offered by ${result.data.name}.`,
    path: taxonomyHref('offerors', result.data.id),
  });
}

export default async function OfferorPage({ params, searchParams }: PageProps<'/offerors/[id]'>) {
  const { id } = await params;
  const after = pageCursor((await searchParams).after);
  const offeror = await getOfferor(id);
  if (!offeror.ok) {
    if (offeror.error.kind === 'not-found') notFound();
    return <ErrorNotice title="This offeror can’t be shown right now" message={offeror.error.message} />;
  }
  const resources = await listFilteredResources({ offerors: [offeror.data.id] }, after);
  return (
    <>
      <h1>{offeror.data.name}</h1>
      {offeror.data.description ? <p>{offeror.data.description}</p> : null}
      <ListedResources
        result={resources}
        path={taxonomyHref('offerors', offeror.data.id)}
        after={after}
        empty={`${offeror.data.name} offers no learning resources at the moment.`}
      />
    </>
  );
}
