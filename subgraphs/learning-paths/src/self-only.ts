import { forbidden, requireViewer, type Viewer } from '@learngraph/service-kit';

/**
 * The viewer when they are `userId`: a person's followed paths, progress and favourites are theirs alone.
 * UNAUTHENTICATED for anonymous requests, FORBIDDEN for anyone else.
 *
 * @example
 * const viewer = requireSelf(ctx.viewer, user.id, 'favourites');
 */
export function requireSelf(viewer: Viewer | null, userId: string, what: string): Viewer {
  const signedIn = requireViewer(viewer);
  if (signedIn.userId !== userId) throw forbidden(`Only the user themselves sees their ${what}.`);
  return signedIn;
}
