import Link from 'next/link';
import { problemMessage } from '@/lib/form-messages';
import { getResourceViewerState } from '@/lib/learning-paths';
import { currentAccessToken, signInHref } from '@/lib/signed-in';
import { FormProblem } from '@/ui/atoms/form-problem';
import { FavoriteButton } from '@/ui/components/favorite-button';

/**
 * What a signed-in person can do with a resource on its page: keep it as a favourite, add it to one of their
 * paths. Anyone else gets a link to sign in. Fetched on its own, so the resource itself stays the same for all.
 * @example <ResourceActions resourceId={resource.id} title={resource.title} problem={problem} />
 */
export async function ResourceActions({
  resourceId,
  title,
  problem,
}: {
  resourceId: string;
  title: string;
  problem: string | string[] | undefined;
}) {
  const here = `/resources/${resourceId}`;
  const accessToken = await currentAccessToken();
  if (!accessToken) {
    return (
      <p className="resource-actions">
        <Link href={signInHref(here)}>Sign in</Link> to keep this resource in your favourites or add it to a learning
        path.
      </p>
    );
  }
  const result = await getResourceViewerState(resourceId, accessToken);
  if (!result.ok) return <p className="resource-actions">{result.error.message}</p>;
  const { isFavorite, paths } = result.data;
  return (
    <section className="resource-actions" aria-label="Your actions">
      <FormProblem message={problemMessage('path', problem)} />
      {isFavorite ? <span className="badge">★ In your favourites</span> : null}
      <FavoriteButton resourceId={resourceId} title={title} favorite={isFavorite} returnTo={here} />
      {paths.length > 0 ? (
        <form method="post" action="/forms/path-item-add" className="inline-form">
          <input type="hidden" name="resourceId" value={resourceId} />
          <input type="hidden" name="returnTo" value={here} />
          <label htmlFor="add-to-path">Add to my path</label>
          <select id="add-to-path" name="pathId">
            {paths.map((path) => (
              <option key={path.id} value={path.id}>
                {path.title}
              </option>
            ))}
          </select>
          <button type="submit">Add to path</button>
        </form>
      ) : (
        <Link href="/paths/new">Create a learning path</Link>
      )}
    </section>
  );
}
