import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { ACCESS_COOKIE, REFRESH_COOKIE } from './session-cookies';

/**
 * The signed-in person's access token for this request, if any (proxy.ts has renewed a lapsed one already).
 * @example const accessToken = await currentAccessToken();
 */
export async function currentAccessToken(): Promise<string | undefined> {
  return (await cookies()).get(ACCESS_COOKIE)?.value || undefined;
}

/**
 * Whether the browser holds a session, for what the header offers; the data itself comes with the token.
 * @example const signedIn = await hasSession();
 */
export async function hasSession(): Promise<boolean> {
  const jar = await cookies();
  // a cookie proxy.ts just cleared is still listed for this request, empty
  return Boolean(jar.get(ACCESS_COOKIE)?.value || jar.get(REFRESH_COOKIE)?.value);
}

/**
 * The access token of a page that needs a signed-in person; without one, the sign-in page, which returns here.
 * @example const accessToken = await requireAccessToken('/my/paths');
 */
export async function requireAccessToken(returnTo: string): Promise<string> {
  const token = await currentAccessToken();
  if (!token) redirect(signInHref(returnTo));
  return token;
}

/**
 * The sign-in page's link that comes back to `returnTo` afterwards.
 * @example signInHref('/paths/42') // '/sign-in?next=%2Fpaths%2F42'
 */
export function signInHref(returnTo: string): string {
  return `/sign-in?next=${encodeURIComponent(returnTo)}`;
}
