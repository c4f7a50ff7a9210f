import { field, withProblem } from '@/lib/form-route';
import { removePathItem } from '@/lib/path-changes';
import { editorHref, readVersion } from '@/lib/path-form';
import { signedInFormRoute } from '@/lib/signed-in-form-route';

export const POST = signedInFormRoute(async ({ form, accessToken }) => {
  const pathId = field(form, 'pathId');
  const change = await removePathItem(accessToken, {
    pathId,
    resourceId: field(form, 'resourceId'),
    expectedVersion: readVersion(form),
  });
  return { redirect: change.ok ? editorHref(pathId) : withProblem(editorHref(pathId), change.problem) };
});
