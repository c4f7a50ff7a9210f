/**
 * Adds a resource to the signed-in person's favourites or removes it: a form with one button, so it works
 * without JavaScript, returning to `returnTo`.
 * @example <FavoriteButton resourceId="42" title="Linear Algebra" favorite={false} returnTo="/resources/42" />
 */
export function FavoriteButton({
  resourceId,
  title,
  favorite,
  returnTo,
}: {
  resourceId: string;
  title: string;
  favorite: boolean;
  returnTo: string;
}) {
  return (
    <form method="post" action="/forms/favorite" className="inline-form">
      <input type="hidden" name="resourceId" value={resourceId} />
      <input type="hidden" name="favorite" value={String(!favorite)} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button type="submit" aria-label={`${favorite ? 'Remove from favourites' : 'Add to favourites'}: ${title}`}>
        {favorite ? 'Remove from favourites' : 'Add to favourites'}
      </button>
    </form>
  );
}
