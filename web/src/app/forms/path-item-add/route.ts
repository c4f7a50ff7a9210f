import { field, returnPath, withProblem } from '@/lib/form-route';
import { addPathItem } from '@/lib/path-changes';
import { signedInFormRoute } from '@/lib/signed-in-form-route';

export const POST = signedInFormRoute(async ({ form, accessToken }) => {
  const returnTo = returnPath(field(form, 'returnTo'));
  const note = field(form, 'note');
  const change = await addPathItem(accessToken, {
    pathId: field(form, 'pathId'),
    resourceId: field(form, 'resourceId'),
    ...(note ? { note } : {}),
  });
  return { redirect: change.ok ? returnTo : withProblem(returnTo, change.problem) };
});
