import { signOut } from '@/lib/accounts';
import { formRoute } from '@/lib/form-route';
import { clearSessionCookies, isSecureRequest, REFRESH_COOKIE } from '@/lib/session-cookies';

export const POST = formRoute(async ({ request }) => {
  const refreshToken = request.cookies.get(REFRESH_COOKIE)?.value;
  if (refreshToken) await signOut(refreshToken);
  return { redirect: '/', cookies: (response) => clearSessionCookies(response.cookies, isSecureRequest(request)) };
});
