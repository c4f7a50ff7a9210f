import type { PathDetail, ResourceCandidate } from '@/lib/learning-paths';
import { editorHref } from '@/lib/path-form';
import type { Result } from '@/lib/result';
import { ResourceTypeLabel } from '@/ui/atoms/resource-type-label';
import { TextField } from '@/ui/atoms/text-field';

/**
 * Finding resources to add to a path: a search (a GET form on the editor itself, `?q=`) and, for each result
 * not yet in the path, an "Add" form with an optional note.
 * @example <AddFromSearch path={path} query="algebra" candidates={await findCandidates('algebra')} />
 */
export function AddFromSearch({
  path,
  query,
  candidates,
}: {
  path: PathDetail;
  query: string;
  candidates: Result<ResourceCandidate[]> | undefined;
}) {
  const inPath = new Set(path.items.map((item) => item.resource.id));
  return (
    <section className="add-from-search" aria-labelledby="add-heading">
      <h2 id="add-heading">Add resources</h2>
      <search>
        <form method="get" action={editorHref(path.id)} className="inline-form">
          <TextField label="Find resources" name="q" type="search" defaultValue={query} maxLength={200} />
          <button type="submit">Find</button>
        </form>
      </search>
      {candidates && !candidates.ok ? <p role="alert">{candidates.error.message}</p> : null}
      {candidates?.ok && candidates.data.length === 0 ? <p>Nothing matches “{query}”.</p> : null}
      {candidates?.ok ? (
        <ul className="candidates">
          {candidates.data.map((resource) => (
            <li key={resource.id}>
              <span>
                {resource.title} <ResourceTypeLabel type={resource.resourceType} />
              </span>
              {inPath.has(resource.id) ? (
                <span>Already in the path</span>
              ) : (
                <form method="post" action="/forms/path-item-add" className="inline-form">
                  <input type="hidden" name="pathId" value={path.id} />
                  <input type="hidden" name="resourceId" value={resource.id} />
                  <input
                    type="hidden"
                    name="returnTo"
                    value={`${editorHref(path.id)}?q=${encodeURIComponent(query)}`}
                  />
                  <label>
                    <span className="visually-hidden">Note for {resource.title}</span>
                    <input name="note" placeholder="Note (optional)" maxLength={1000} />
                  </label>
                  <button type="submit" aria-label={`Add: ${resource.title}`}>
                    Add
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
