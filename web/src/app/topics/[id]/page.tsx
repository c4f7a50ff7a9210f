import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { pageCursor } from '@/lib/page-cursor';
import { pageMetadata } from '@/lib/page-metadata';
import { getTopic } from '@/lib/taxonomy';
import { taxonomyHref } from '@/lib/taxonomy-href';
import { LinkList } from '@/ui/atoms/link-list';
import { ListedResources } from '@/ui/sections/listed-resources';

export async function generateMetadata({ params }: PageProps<'/topics/[id]'>): Promise<Metadata> {
  const { id } = await params;
  const result = await getTopic(id, undefined);
  if (!result.ok) return { title: 'Topic' };
  return pageMetadata({
    title: result.data.name,
    description: `Courses, programs, videos, podcasts and documents on ${result.data.name}.`,
    path: taxonomyHref('topics', result.data.id),
  });
}

export default async function TopicPage({ params, searchParams }: PageProps<'/topics/[id]'>) {
  const { id } = await params;
  const after = pageCursor((await searchParams).after);
  const path = taxonomyHref('topics', id);
  const result = await getTopic(id, after);
  if (!result.ok) {
    if (result.error.kind === 'not-found') notFound();
    return (
      <>
        <h1>Topic</h1>
        <ListedResources result={result} path={path} after={after} empty="" />
      </>
    );
  }
  const topic = result.data;
  return (
    <>
      <h1>{topic.name}</h1>
      {topic.parent ? (
        <p>
          Part of <Link href={taxonomyHref('topics', topic.parent.id)}>{topic.parent.name}</Link>
        </p>
      ) : null}
      {topic.children.length > 0 ? (
        <nav aria-label="Sub-topics" className="sub-topics">
          <LinkList
            links={topic.children.map((child) => ({ href: taxonomyHref('topics', child.id), label: child.name }))}
          />
        </nav>
      ) : null}
      <ListedResources
        result={{ ok: true, data: topic.resources }}
        path={path}
        after={after}
        empty="There are no learning resources on this topic yet."
      />
    </>
  );
}
