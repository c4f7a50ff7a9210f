import Link from 'next/link';
import { taxonomyHref } from '@/lib/taxonomy-href';

/**
 * The topic tree's roots, each linking to its page; nothing when there are none.
 * @example <TopicOverview topics={[{ id: '6f1f…', name: 'Mathematics' }]} />
 */
export function TopicOverview({ topics }: { topics: ReadonlyArray<{ id: string; name: string }> }) {
  if (topics.length === 0) return null;
  return (
    <section aria-labelledby="topics-title">
      <h2 id="topics-title">Topics</h2>
      <ul className="topic-overview">
        {topics.map((topic) => (
          <li key={topic.id}>
            <Link href={taxonomyHref('topics', topic.id)}>{topic.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
