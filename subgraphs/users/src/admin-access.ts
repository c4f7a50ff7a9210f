import { forbidden, requireViewer, type Viewer } from '@learngraph/service-kit';
import type { UsersContext } from './context.js';

/**
 * The caller when they are an administrator now: the token says so, and so does the database, so that an
 * administrator whose role was revoked cannot go on with a token issued before. UNAUTHENTICATED for anonymous
 * callers, FORBIDDEN for everyone else.
 *
 * @example
 * const viewer = await requireAdmin(ctx, 'Only administrators can change roles.');
 */
export async function requireAdmin(ctx: UsersContext, refusal: string): Promise<Viewer> {
  const viewer = requireViewer(ctx.viewer);
  const [self] = viewer.roles.includes('ADMIN') ? await ctx.users.findByIds([viewer.userId]) : [];
  if (!self?.roles.includes('ADMIN')) throw forbidden(refusal);
  return viewer;
}
