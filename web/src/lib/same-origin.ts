/**
 * The CSRF check of every form that changes something: whether the browser says the form was sent from
 * another site. Browsers mark each request with `Sec-Fetch-Site`; only `same-origin` (our own page) and `none`
 * (typed by the person) pass. A browser too old to send it still sends `Origin` with a POST, which must then
 * name our own host (as the browser saw it: `x-forwarded-host` behind the edge). A request with neither is not
 * from a browser, so it carries no cookies it did not choose to. Session cookies are also SameSite=Lax.
 * @example if (isCrossSite(request.headers)) return forbiddenResponse;
 */
export function isCrossSite(headers: Headers): boolean {
  const site = headers.get('sec-fetch-site');
  if (site) return site !== 'same-origin' && site !== 'none';
  const origin = headers.get('origin');
  if (origin === null) return false;
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  return !URL.canParse(origin) || new URL(origin).host !== host;
}
