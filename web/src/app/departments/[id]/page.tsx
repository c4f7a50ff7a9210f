import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { listFilteredResources } from '@/lib/learning-resources';
import { pageCursor } from '@/lib/page-cursor';
import { pageMetadata } from '@/lib/page-metadata';
import { getDepartment } from '@/lib/taxonomy';
import { taxonomyHref } from '@/lib/taxonomy-href';
import { ErrorNotice } from '@/ui/components/error-notice';
import { ListedResources } from '@/ui/sections/listed-resources';

export async function generateMetadata({ params }: PageProps<'/departments/[id]'>): Promise<Metadata> {
  const result = await getDepartment((await params).id);
  if (!result.ok) return { title: 'Department' };
  return pageMetadata({
    title: result.data.name,
    description: `Learning resources from the MIT department of ${result.data.name}.`,
    path: taxonomyHref('departments', result.data.id),
  });
}

export default async function DepartmentPage({ params, searchParams }: PageProps<'/departments/[id]'>) {
  const { id } = await params;
  const after = pageCursor((await searchParams).after);
  const department = await getDepartment(id);
  if (!department.ok) {
    if (department.error.kind === 'not-found') notFound();
    return <ErrorNotice title="This department can’t be shown right now" message={department.error.message} />;
  }
  const resources = await listFilteredResources({ departments: [department.data.id] }, after);
  return (
    <>
      <h1>{department.data.name}</h1>
      {department.data.school ? <p>{department.data.school.name}</p> : null}
      <ListedResources
        result={resources}
        path={taxonomyHref('departments', department.data.id)}
        after={after}
        empty={`There are no learning resources from ${department.data.name} at the moment.`}
      />
    </>
  );
}
