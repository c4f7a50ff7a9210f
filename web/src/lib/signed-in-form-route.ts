import { type FormOutcome, type FormSubmission, field, formRoute, returnPath } from './form-route';
import { signInHref } from './signed-in';

/**
 * `formRoute` for a form only a signed-in person can send: without a session, the sign-in page, which returns
 * to the form's `returnTo` field (the page the form was on) afterwards.
 * @example export const POST = signedInFormRoute(async ({ form, accessToken }) => ({ redirect: '/my/paths' }));
 */
export function signedInFormRoute(
  handle: (submission: FormSubmission & { accessToken: string }) => Promise<FormOutcome>,
) {
  return formRoute(async (submission) => {
    const { accessToken } = submission;
    if (!accessToken) return { redirect: signInHref(returnPath(field(submission.form, 'returnTo'))) };
    return handle({ ...submission, accessToken });
  });
}
