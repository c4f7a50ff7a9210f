import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The header that carries the router's proof on every subgraph request. */
export const routerSignatureHeader = 'x-learngraph-router-signature';

/**
 * The header in which the router passes the caller's address on to subgraphs (for limits per address). A
 * subgraph may believe it only because it answers nothing the router did not sign; the router never
 * forwards a client's own copy.
 */
export const clientAddressHeader = 'x-learngraph-client-address';

/** How far a signature's time may lie from the subgraph's clock, either way. */
export const routerSignatureMaxAgeSeconds = 60;

const mac = (key: string, seconds: number, body: string) =>
  createHmac('sha256', key).update(`${seconds}.`).update(body).digest();

/**
 * Signs a subgraph request body as the router: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`. The
 * body is part of what is signed, so a captured header is worth nothing with another operation, and the
 * time makes it short-lived.
 *
 * @example
 * headers[routerSignatureHeader] = signRouterRequest(config.ROUTER_SUBGRAPH_KEY, body);
 */
export function signRouterRequest(key: string, body: string, now = Date.now()): string {
  const seconds = Math.floor(now / 1000);
  return `t=${seconds},v1=${mac(key, seconds, body).toString('hex')}`;
}

/** Why a request was refused, for the error message; null when the signature holds. */
export type RouterSignatureProblem = 'missing' | 'malformed' | 'expired' | 'invalid';

/**
 * Checks a request's router signature against every accepted key (the current one and, during a
 * rotation, the previous one). Comparisons take the same time whatever they find.
 *
 * @example
 * const problem = verifyRouterSignature([key], req.headers[routerSignatureHeader], body);
 * if (problem) return refuse(problem);
 */
export function verifyRouterSignature(
  keys: readonly string[],
  header: string | string[] | undefined,
  body: string,
  now = Date.now(),
): RouterSignatureProblem | null {
  if (header === undefined) return 'missing';
  const match = typeof header === 'string' ? /^t=(\d{1,12}),v1=([0-9a-f]{64})$/.exec(header) : null;
  if (!match?.[1] || !match[2]) return 'malformed';
  const seconds = Number(match[1]);
  if (Math.abs(now / 1000 - seconds) > routerSignatureMaxAgeSeconds) return 'expired';
  const given = Buffer.from(match[2], 'hex');
  const valid = keys.some((key) => timingSafeEqual(mac(key, seconds, body), given));
  return valid ? null : 'invalid';
}

/** A fresh random key for signing router requests, as `pnpm start` and tests make them. */
export function generateRouterKey(): string {
  return randomBytes(32).toString('base64url');
}
