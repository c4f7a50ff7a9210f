import { field, returnPath, withProblem } from '@/lib/form-route';
import { setFavorite } from '@/lib/path-changes';
import { signedInFormRoute } from '@/lib/signed-in-form-route';

export const POST = signedInFormRoute(async ({ form, accessToken }) => {
  const returnTo = returnPath(field(form, 'returnTo'));
  const change = await setFavorite(accessToken, field(form, 'resourceId'), field(form, 'favorite') === 'true');
  return { redirect: change.ok ? returnTo : withProblem(returnTo, change.problem) };
});
