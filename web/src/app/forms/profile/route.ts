import { updateProfile } from '@/lib/accounts';
import { field, fields, withProblem } from '@/lib/form-route';
import { signedInFormRoute } from '@/lib/signed-in-form-route';

export const POST = signedInFormRoute(async ({ form, accessToken }) => {
  const displayName = field(form, 'displayName');
  const change = await updateProfile(accessToken, {
    displayName: displayName === '' ? null : displayName,
    interests: fields(form, 'interests'),
  });
  return { redirect: change.ok ? '/profile?saved=1' : withProblem('/profile', change.problem) };
});
