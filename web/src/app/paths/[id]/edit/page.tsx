import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { problemMessage } from '@/lib/form-messages';
import { findCandidates, getPath } from '@/lib/learning-paths';
import { editorHref, pathHref } from '@/lib/path-form';
import { requireAccessToken } from '@/lib/signed-in';
import { FormProblem } from '@/ui/atoms/form-problem';
import { ErrorNotice } from '@/ui/components/error-notice';
import { PathFields } from '@/ui/components/path-fields';
import { AddFromSearch } from '@/ui/sections/add-from-search';
import { PathItemsEditor } from '@/ui/sections/path-items-editor';

export const metadata: Metadata = { title: 'Edit learning path' };

export default async function EditPathPage({ params, searchParams }: PageProps<'/paths/[id]/edit'>) {
  const { id } = await params;
  const { problem, saved, q } = await searchParams;
  const accessToken = await requireAccessToken(editorHref(id));
  const result = await getPath(id, accessToken);
  if (!result.ok) {
    if (result.error.kind === 'not-found') notFound();
    return <ErrorNotice title="This path can’t be edited right now" message={result.error.message} />;
  }
  const path = result.data;
  if (!path.viewerCanEdit) notFound();
  const query = typeof q === 'string' ? q.trim().slice(0, 200) : '';
  const candidates = query ? await findCandidates(query) : undefined;
  return (
    <section className="path-editor">
      <h1>Edit “{path.title}”</h1>
      <p>
        <Link href={pathHref(path.id)}>View the path</Link>
      </p>
      <FormProblem message={problemMessage('path', problem)} />
      {saved === '1' && !problem ? (
        <p className="form-done" role="status">
          The path is saved.
        </p>
      ) : null}
      <form method="post" action="/forms/path-update" className="stacked-form">
        <input type="hidden" name="pathId" value={path.id} />
        <input type="hidden" name="version" value={path.version} />
        <input type="hidden" name="returnTo" value={editorHref(path.id)} />
        <PathFields title={path.title} description={path.description ?? ''} visibility={path.visibility} />
        <button type="submit">Save details</button>
      </form>
      <h2>Steps</h2>
      <PathItemsEditor path={path} />
      <AddFromSearch path={path} query={query} candidates={candidates} />
    </section>
  );
}
