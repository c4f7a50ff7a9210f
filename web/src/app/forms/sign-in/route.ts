import { signIn } from '@/lib/accounts';
import { field, formRoute, returnPath, secretField, withProblem } from '@/lib/form-route';
import { isSecureRequest, writeSessionCookies } from '@/lib/session-cookies';

export const POST = formRoute(async ({ form, request }) => {
  const next = returnPath(field(form, 'next'));
  const change = await signIn({ email: field(form, 'email'), password: secretField(form, 'password') });
  if (!change.ok) return { redirect: withProblem(`/sign-in?next=${encodeURIComponent(next)}`, change.problem) };
  return {
    redirect: next,
    cookies: (response) => writeSessionCookies(response.cookies, change.data, isSecureRequest(request)),
  };
});
