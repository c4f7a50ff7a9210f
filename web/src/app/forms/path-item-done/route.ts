import { field, withProblem } from '@/lib/form-route';
import { setItemDone } from '@/lib/path-changes';
import { itemAnchor, pathHref } from '@/lib/path-form';
import { signedInFormRoute } from '@/lib/signed-in-form-route';

export const POST = signedInFormRoute(async ({ form, accessToken }) => {
  const pathId = field(form, 'pathId');
  const resourceId = field(form, 'resourceId');
  const change = await setItemDone(accessToken, { pathId, resourceId }, field(form, 'done') === 'true');
  if (change.ok) return { redirect: `${pathHref(pathId)}#${itemAnchor(resourceId)}` };
  return { redirect: withProblem(pathHref(pathId), change.problem) };
});
