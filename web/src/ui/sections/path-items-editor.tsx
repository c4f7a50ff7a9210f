import type { PathDetail } from '@/lib/learning-paths';
import { editorHref, itemAnchor } from '@/lib/path-form';
import { DragToReorder } from '@/ui/components/drag-to-reorder';

const DRAG_FORM = 'drag-move';

/**
 * A path's steps for its editors: each with its note to change and buttons to move it up or down and to remove
 * it (forms: they work with the keyboard and without JavaScript), and, with JavaScript, a handle to drag it to
 * another place.
 * @example <PathItemsEditor path={path} />
 */
export function PathItemsEditor({ path }: { path: PathDetail }) {
  if (path.items.length === 0) return <p>No steps yet: find resources to add below.</p>;
  const hidden = (resourceId: string) => (
    <>
      <input type="hidden" name="pathId" value={path.id} />
      <input type="hidden" name="resourceId" value={resourceId} />
      <input type="hidden" name="version" value={path.version} />
      <input type="hidden" name="returnTo" value={editorHref(path.id)} />
    </>
  );
  return (
    <>
      <ol className="path-items editable" id="path-items">
        {path.items.map((item, index) => (
          <li
            key={item.resource.id}
            id={itemAnchor(item.resource.id)}
            tabIndex={-1}
            data-resource-id={item.resource.id}
            data-position={item.position}
          >
            <span className="drag-handle" aria-hidden="true">
              ⠿
            </span>
            <div className="path-item-main">
              <span className="path-item-title">{item.resource.title}</span>
              <form method="post" action="/forms/path-item-note" className="inline-form">
                {hidden(item.resource.id)}
                <label>
                  <span className="visually-hidden">Note for {item.resource.title}</span>
                  <input name="note" defaultValue={item.note ?? ''} placeholder="Note (optional)" maxLength={1000} />
                </label>
                <button type="submit" aria-label={`Save note: ${item.resource.title}`}>
                  Save note
                </button>
              </form>
            </div>
            <div className="path-item-buttons">
              <form method="post" action="/forms/path-item-move">
                {hidden(item.resource.id)}
                <input type="hidden" name="position" value={item.position - 1} />
                <button type="submit" disabled={index === 0} aria-label={`Move up: ${item.resource.title}`}>
                  Move up
                </button>
              </form>
              <form method="post" action="/forms/path-item-move">
                {hidden(item.resource.id)}
                <input type="hidden" name="position" value={item.position + 1} />
                <button
                  type="submit"
                  disabled={index === path.items.length - 1}
                  aria-label={`Move down: ${item.resource.title}`}
                >
                  Move down
                </button>
              </form>
              <form method="post" action="/forms/path-item-remove">
                {hidden(item.resource.id)}
                <button type="submit" aria-label={`Remove: ${item.resource.title}`}>
                  Remove
                </button>
              </form>
            </div>
          </li>
        ))}
      </ol>
      <form method="post" action="/forms/path-item-move" id={DRAG_FORM} hidden>
        <input type="hidden" name="pathId" value={path.id} />
        <input type="hidden" name="version" value={path.version} />
        <input type="hidden" name="returnTo" value={editorHref(path.id)} />
        <input type="hidden" name="resourceId" value="" />
        <input type="hidden" name="position" value="" />
      </form>
      <DragToReorder listId="path-items" formId={DRAG_FORM} />
    </>
  );
}
