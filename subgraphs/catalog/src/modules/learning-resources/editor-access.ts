import { forbidden, requireViewer, type Viewer } from '@learngraph/service-kit';

/** Editors and administrators may change the catalog; the role comes from the verified access token. */
export const canEdit = (viewer: Viewer | null) =>
  viewer !== null && (viewer.roles.includes('EDITOR') || viewer.roles.includes('ADMIN'));

/** The viewer when they may edit: UNAUTHENTICATED for anonymous requests, FORBIDDEN for learners. */
export function requireEditor(viewer: Viewer | null): Viewer {
  const signedIn = requireViewer(viewer);
  if (!canEdit(signedIn)) throw forbidden('Only editors can change the catalog.');
  return signedIn;
}
