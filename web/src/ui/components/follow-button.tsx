import { pathHref } from '@/lib/path-form';

/**
 * Follow or stop following a path: a form with one button, so it works without JavaScript.
 * @example <FollowButton pathId={path.id} following={path.isFollowing} />
 */
export function FollowButton({ pathId, following }: { pathId: string; following: boolean }) {
  return (
    <form method="post" action="/forms/path-follow">
      <input type="hidden" name="pathId" value={pathId} />
      <input type="hidden" name="returnTo" value={pathHref(pathId)} />
      <input type="hidden" name="follow" value={String(!following)} />
      <button type="submit">{following ? 'Stop following' : 'Follow this path'}</button>
    </form>
  );
}
