import Link from 'next/link';
import type { PathItem } from '@/lib/learning-paths';
import { itemAnchor, pathHref } from '@/lib/path-form';
import { ResourceTypeLabel } from '@/ui/atoms/resource-type-label';

/**
 * A path's steps in order: each resource with the editors' note, and for a signed-in learner whether it is done,
 * with a button to mark it done or not done.
 * @example <PathItems pathId={path.id} items={path.items} trackProgress />
 */
export function PathItems({
  pathId,
  items,
  trackProgress,
}: {
  pathId: string;
  items: PathItem[];
  trackProgress: boolean;
}) {
  if (items.length === 0) return <p>This path has no steps yet.</p>;
  return (
    <ol className="path-items">
      {items.map((item) => (
        <li
          key={item.resource.id}
          id={itemAnchor(item.resource.id)}
          tabIndex={-1}
          className={item.done ? 'done' : undefined}
        >
          <div className="path-item-main">
            <Link href={`/resources/${item.resource.id}`}>{item.resource.title}</Link>{' '}
            <ResourceTypeLabel type={item.resource.resourceType} />
            {item.done ? <span className="badge">Done</span> : null}
            {item.available ? null : <span className="badge">No longer available</span>}
            {item.required ? null : <span className="badge">Optional</span>}
            {item.note ? <p className="path-note">{item.note}</p> : null}
          </div>
          {trackProgress ? (
            <form method="post" action="/forms/path-item-done">
              <input type="hidden" name="pathId" value={pathId} />
              <input type="hidden" name="resourceId" value={item.resource.id} />
              <input type="hidden" name="returnTo" value={pathHref(pathId)} />
              <input type="hidden" name="done" value={String(!item.done)} />
              <button type="submit" aria-label={`${item.done ? 'Mark not done' : 'Mark done'}: ${item.resource.title}`}>
                {item.done ? 'Mark not done' : 'Mark done'}
              </button>
            </form>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
