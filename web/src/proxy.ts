import { type NextRequest, NextResponse } from 'next/server';
import {
  ACCESS_COOKIE,
  clearSessionCookies,
  isSecureRequest,
  REFRESH_COOKIE,
  writeSessionCookies,
} from './lib/session-cookies';
import { refreshSession } from './lib/session-refresh';

/**
 * Keeps the session alive on the server: when the access cookie has lapsed but the refresh cookie is there, the
 * refresh token is exchanged before the page renders, the new tokens go to the page (as this request's cookies)
 * and to the browser (as its new cookies). A refresh token the users subgraph refuses ends the session in the
 * browser; a router that cannot be reached leaves it for the next request.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const refreshToken = request.cookies.get(REFRESH_COOKIE)?.value;
  if (request.cookies.has(ACCESS_COOKIE) || !refreshToken) return NextResponse.next();
  const result = await refreshSession(refreshToken);
  const secure = isSecureRequest(request);
  if (!result.ok) {
    if (result.error.kind !== 'unauthenticated') return NextResponse.next();
    // the page renders signed out, and the browser forgets the session
    request.cookies.delete(REFRESH_COOKIE);
    const response = NextResponse.next({ request: { headers: request.headers } });
    clearSessionCookies(response.cookies, secure);
    return response;
  }
  request.cookies.set(ACCESS_COOKIE, result.data.accessToken);
  request.cookies.set(REFRESH_COOKIE, result.data.refreshToken);
  const response = NextResponse.next({ request: { headers: request.headers } });
  writeSessionCookies(response.cookies, result.data, secure);
  return response;
}

export const config = {
  // pages and forms; not the build's static files
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
