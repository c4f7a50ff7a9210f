import { field, withProblem } from '@/lib/form-route';
import { movePathItem } from '@/lib/path-changes';
import { editorHref, itemAnchor, readVersion } from '@/lib/path-form';
import { signedInFormRoute } from '@/lib/signed-in-form-route';

export const POST = signedInFormRoute(async ({ form, accessToken }) => {
  const pathId = field(form, 'pathId');
  const resourceId = field(form, 'resourceId');
  const change = await movePathItem(accessToken, {
    pathId,
    resourceId,
    position: Number.parseInt(field(form, 'position'), 10) || 1,
    expectedVersion: readVersion(form),
  });
  // back to the item moved, so that a keyboard user goes on from where they were
  if (change.ok) return { redirect: `${editorHref(pathId)}#${itemAnchor(resourceId)}` };
  return { redirect: withProblem(editorHref(pathId), change.problem) };
});
