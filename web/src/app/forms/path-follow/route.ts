import { field, withProblem } from '@/lib/form-route';
import { setFollowing } from '@/lib/path-changes';
import { pathHref } from '@/lib/path-form';
import { signedInFormRoute } from '@/lib/signed-in-form-route';

export const POST = signedInFormRoute(async ({ form, accessToken }) => {
  const pathId = field(form, 'pathId');
  const change = await setFollowing(accessToken, pathId, field(form, 'follow') === 'true');
  return { redirect: change.ok ? pathHref(pathId) : withProblem(pathHref(pathId), change.problem) };
});
