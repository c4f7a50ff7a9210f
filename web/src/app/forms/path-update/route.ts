import { field, withProblem } from '@/lib/form-route';
import { updatePath } from '@/lib/path-changes';
import { editorHref, readVersion, readVisibility } from '@/lib/path-form';
import { signedInFormRoute } from '@/lib/signed-in-form-route';

export const POST = signedInFormRoute(async ({ form, accessToken }) => {
  const id = field(form, 'pathId');
  const change = await updatePath(accessToken, {
    id,
    expectedVersion: readVersion(form),
    title: field(form, 'title'),
    description: field(form, 'description'),
    visibility: readVisibility(form),
  });
  return { redirect: change.ok ? `${editorHref(id)}?saved=1` : withProblem(editorHref(id), change.problem) };
});
