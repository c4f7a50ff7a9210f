import type { NextRequest } from 'next/server';

/** The cookie holding the access token: a JWT the router accepts for about 15 minutes. */
export const ACCESS_COOKIE = 'lg_access';
/** The cookie holding the refresh token, which `proxy.ts` exchanges for a new session when the access one lapses. */
export const REFRESH_COOKIE = 'lg_refresh';

/** The tokens of a session as `sessionCreate`, `accountVerify` and `sessionRefresh` answer them. */
export interface SessionTokens {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
}

/** What both route handlers and `proxy.ts` write cookies with (Next's `ResponseCookies`). */
interface CookieJar {
  set(name: string, value: string, options: CookieOptions): unknown;
}

interface CookieOptions {
  httpOnly: true;
  sameSite: 'lax';
  secure: boolean;
  path: '/';
  expires: Date;
}

// the browser drops the access cookie this long before the token lapses, so no request carries a token the
// router is about to refuse: the next page asks proxy.ts for a fresh one instead
const ACCESS_MARGIN_MS = 30_000;

/**
 * Writes a session into HTTP-only, SameSite=Lax cookies that live as long as their tokens: scripts never see
 * them and other sites' forms never send them. `secure` comes from `isSecureRequest`.
 * @example writeSessionCookies(response.cookies, session, isSecureRequest(request));
 */
export function writeSessionCookies(jar: CookieJar, session: SessionTokens, secure: boolean): void {
  const accessExpires = new Date(Date.parse(session.accessTokenExpiresAt) - ACCESS_MARGIN_MS);
  jar.set(ACCESS_COOKIE, session.accessToken, options(secure, accessExpires));
  jar.set(REFRESH_COOKIE, session.refreshToken, options(secure, new Date(session.refreshTokenExpiresAt)));
}

/**
 * Ends the session in the browser: both cookies expire now.
 * @example clearSessionCookies(response.cookies, isSecureRequest(request));
 */
export function clearSessionCookies(jar: CookieJar, secure: boolean): void {
  for (const name of [ACCESS_COOKIE, REFRESH_COOKIE]) jar.set(name, '', options(secure, new Date(0)));
}

/**
 * Whether the cookies get the `Secure` flag: always, except for a local install served over plain http on a
 * loopback address (`pnpm start`), where a browser would otherwise keep no session at all. Behind the edge the
 * scheme and host the browser used arrive as `x-forwarded-proto` and `x-forwarded-host`.
 * @example isSecureRequest(request) // false for http://127.0.0.1:8787, true for https://learn.example.edu
 */
export function isSecureRequest(request: NextRequest): boolean {
  const proto = request.headers.get('x-forwarded-proto') ?? request.nextUrl.protocol.replace(':', '');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? '';
  const hostname = host.replace(/:\d+$/, '');
  const loopback = hostname === 'localhost' || hostname === '[::1]' || hostname.startsWith('127.');
  return proto !== 'http' || !loopback;
}

function options(secure: boolean, expires: Date): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', expires };
}
