import { updateProfile } from '@/lib/accounts';
import { field, fields, formRoute, withProblem } from '@/lib/form-route';
import { signInHref } from '@/lib/signed-in';

export const POST = formRoute(async ({ form, accessToken }) => {
  if (!accessToken) return { redirect: signInHref('/profile') };
  const displayName = field(form, 'displayName');
  const change = await updateProfile(accessToken, {
    displayName: displayName === '' ? null : displayName,
    interests: fields(form, 'interests'),
  });
  return { redirect: change.ok ? '/profile?saved=1' : withProblem('/profile', change.problem) };
});
