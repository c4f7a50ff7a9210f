import type { Actor, Visibility } from './path-client.js';

const members: Actor[] = ['author', 'coEditor'];
const isMember = (actor: Actor) => members.includes(actor);

/** Whether `actor` reads a path of `visibility` through `learningPath(id)`. */
export const reads = (actor: Actor, visibility: Visibility) => isMember(actor) || visibility !== 'PRIVATE';

/** Whether `actor` finds such a path listed (and counted) among a resource's paths. */
export const lists = (actor: Actor, visibility: Visibility) => isMember(actor) || visibility === 'PUBLIC';

/** What a change of someone else's path answers: NOT_FOUND when they cannot even read it. */
const refused = (actor: Actor, visibility: Visibility) =>
  actor === 'anonymous' ? 'UNAUTHENTICATED' : reads(actor, visibility) ? 'FORBIDDEN' : 'NOT_FOUND';

/** The outcome of changing the title: the author and co-editors only. */
export const updates = (actor: Actor, visibility: Visibility) => (isMember(actor) ? 'OK' : refused(actor, visibility));

/** The outcome of a copy or a follow: whoever reads the path and is signed in. */
export const copiesOrFollows = (actor: Actor, visibility: Visibility) =>
  actor === 'anonymous' ? 'UNAUTHENTICATED' : reads(actor, visibility) ? 'OK' : 'NOT_FOUND';

/** The outcome of a delete: the author alone. */
export const deletes = (actor: Actor, visibility: Visibility) =>
  actor === 'author' ? 'OK' : refused(actor, visibility);

/**
 * The outcome of hiding: administrators, for paths they can read. Anyone else is refused by the router by role
 * (`@requiresScopes`), before the path is looked up, so whether it exists does not show.
 */
export const hides = (actor: Actor, visibility: Visibility) => {
  if (actor === 'anonymous') return 'UNAUTHENTICATED';
  if (actor !== 'admin') return 'FORBIDDEN';
  return reads(actor, visibility) ? 'OK' : 'NOT_FOUND';
};

/** Who still reads a hidden path: its members and administrators. */
export const readsHidden = (actor: Actor) => isMember(actor) || actor === 'admin';
