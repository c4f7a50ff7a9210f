import { field, withProblem } from '@/lib/form-route';
import { createPath } from '@/lib/path-changes';
import { readVisibility } from '@/lib/path-form';
import { signedInFormRoute } from '@/lib/signed-in-form-route';

export const POST = signedInFormRoute(async ({ form, accessToken }) => {
  const description = field(form, 'description');
  const change = await createPath(accessToken, {
    title: field(form, 'title'),
    ...(description ? { description } : {}),
    visibility: readVisibility(form),
  });
  return { redirect: change.ok ? `/paths/${change.data}/edit` : withProblem('/paths/new', change.problem) };
});
