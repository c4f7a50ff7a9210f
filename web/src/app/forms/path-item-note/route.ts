import { field, withProblem } from '@/lib/form-route';
import { updatePathItem } from '@/lib/path-changes';
import { editorHref, itemAnchor, readVersion } from '@/lib/path-form';
import { signedInFormRoute } from '@/lib/signed-in-form-route';

export const POST = signedInFormRoute(async ({ form, accessToken }) => {
  const pathId = field(form, 'pathId');
  const resourceId = field(form, 'resourceId');
  const note = field(form, 'note');
  const change = await updatePathItem(accessToken, {
    pathId,
    resourceId,
    note: note === '' ? null : note,
    expectedVersion: readVersion(form),
  });
  if (change.ok) return { redirect: `${editorHref(pathId)}#${itemAnchor(resourceId)}` };
  return { redirect: withProblem(editorHref(pathId), change.problem) };
});
