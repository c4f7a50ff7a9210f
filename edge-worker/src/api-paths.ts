/**
 * The paths the router serves, exactly as a client must send them; every other path belongs to the web app.
 *
 * @example
 * ```ts
 * for (const path of API_PATHS) app.all(path, toRouter);
 * ```
 */
export const API_PATHS: readonly string[] = ['/graphql', '/partner/graphql'];

/** The partner API: API keys, the public contract, CORS for partners' registered origins. */
export const PARTNER_API_PATH = '/partner/graphql';

// Decoding stops after this many rounds: enough for double and triple encoding, bounded for hostile input.
const MAX_DECODE_ROUNDS = 3;

/**
 * The path as the client sent it, percent-escapes and all. Hono decodes the path before matching routes, while the
 * proxy forwards it undecoded, so routing on the decoded form would let `/%67raphql` reach the router.
 *
 * @example
 * ```ts
 * new Hono({ getPath: rawPath }); // '/%67raphql' no longer matches '/graphql'
 * ```
 */
export function rawPath(request: Request): string {
  return new URL(request.url).pathname;
}

/**
 * Whether some server on the way could read `path` as an API path: after percent-decoding, case folding,
 * backslashes as slashes, `;parameters`, stray whitespace, empty and dot segments and a query or fragment
 * smuggled in escapes are taken away.
 *
 * @example
 * ```ts
 * meansApiPath('/GraphQL/'); // true
 * ```
 */
export function meansApiPath(path: string): boolean {
  return API_PATHS.includes(normalise(path));
}

/**
 * A path that is not an API path as sent but normalises to one: the edge refuses it rather than guess which of
 * the router and the web app should see it.
 *
 * @example
 * ```ts
 * isApiLookalike('/%67raphql'); // true
 * isApiLookalike('/graphql'); // false: that is the API itself
 * ```
 */
export function isApiLookalike(path: string): boolean {
  return !API_PATHS.includes(path) && meansApiPath(path);
}

function normalise(path: string): string {
  let decoded = path;
  for (let round = 0; round < MAX_DECODE_ROUNDS && /%[0-9a-f]{2}/i.test(decoded); round++) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      break;
    }
  }
  const segments: string[] = [];
  for (const raw of (decoded.split(/[?#]/)[0] ?? '').toLowerCase().replaceAll('\\', '/').split('/')) {
    const segment = (raw.split(';')[0] ?? '').replace(/^[\s\0]+|[\s\0]+$/g, '');
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return `/${segments.join('/')}`;
}
