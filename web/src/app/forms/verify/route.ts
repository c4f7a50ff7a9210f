import { verifyAccount } from '@/lib/accounts';
import { field, formRoute, withProblem } from '@/lib/form-route';
import { isSecureRequest, writeSessionCookies } from '@/lib/session-cookies';

export const POST = formRoute(async ({ form, request }) => {
  const token = field(form, 'token');
  const change = await verifyAccount(token);
  if (!change.ok) return { redirect: withProblem(`/verify?token=${encodeURIComponent(token)}`, change.problem) };
  return {
    redirect: '/profile',
    cookies: (response) => writeSessionCookies(response.cookies, change.data, isSecureRequest(request)),
  };
});
