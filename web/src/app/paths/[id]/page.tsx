import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { problemMessage } from '@/lib/form-messages';
import { getPath } from '@/lib/learning-paths';
import { editorHref, pathHref } from '@/lib/path-form';
import { currentAccessToken, signInHref } from '@/lib/signed-in';
import { shorten } from '@/lib/text';
import { FormProblem } from '@/ui/atoms/form-problem';
import { PathProgress } from '@/ui/atoms/path-progress';
import { ErrorNotice } from '@/ui/components/error-notice';
import { FollowButton } from '@/ui/components/follow-button';
import { PathItems } from '@/ui/sections/path-items';

export async function generateMetadata({ params }: PageProps<'/paths/[id]'>): Promise<Metadata> {
  const result = await getPath((await params).id, await currentAccessToken());
  if (!result.ok) return { title: 'Learning path' };
  const { title, description } = result.data;
  return { title, ...(description ? { description: shorten(description, 160) } : {}) };
}

export default async function PathPage({ params, searchParams }: PageProps<'/paths/[id]'>) {
  const { id } = await params;
  const { problem } = await searchParams;
  const accessToken = await currentAccessToken();
  const result = await getPath(id, accessToken);
  if (!result.ok) {
    if (result.error.kind === 'not-found') notFound();
    return <ErrorNotice title="This path can’t be shown right now" message={result.error.message} />;
  }
  const path = result.data;
  return (
    <article className="path-page">
      <h1>{path.title}</h1>
      <p className="path-author">
        {path.author ? `by ${path.author.displayName ?? path.author.name}` : 'by a former member'} ·{' '}
        {path.followerCount} following
      </p>
      {path.description ? <p>{path.description}</p> : null}
      <FormProblem message={problemMessage('path', problem)} />
      {accessToken ? (
        <div className="path-actions">
          <FollowButton pathId={path.id} following={path.isFollowing} />
          {path.viewerCanEdit ? <Link href={editorHref(path.id)}>Edit path</Link> : null}
        </div>
      ) : (
        <p>
          <Link href={signInHref(pathHref(path.id))}>Sign in</Link> to follow this path and keep track of your progress.
        </p>
      )}
      {path.progress ? <PathProgress {...path.progress} /> : null}
      <h2>Steps</h2>
      <PathItems pathId={path.id} items={path.items} trackProgress={Boolean(accessToken)} />
    </article>
  );
}
