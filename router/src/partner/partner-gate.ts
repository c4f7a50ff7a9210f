import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode, sendGraphQLError, sendJson } from '@learngraph/service-kit';
import { apiKeyHeader } from '../context.js';
import { ApiKeyResolutionError, type ApiKeyResolver, type PartnerApp } from '../partner-keys/api-key-resolver.js';
import type { PartnerRateLimit, RateWindow } from '../partner-keys/partner-rate-limit.js';

/** The longest API key worth looking up; ours are 64 characters. */
const apiKeyMaxLength = 200;

export interface PartnerGateOptions {
  /** Resolves API keys; without it every key is refused. */
  apiKeys?: ApiKeyResolver | undefined;
  /** Counts each app's requests against its tier; without it partners are not limited. */
  partnerRateLimit?: PartnerRateLimit | undefined;
}

/** The IETF RateLimit header fields of an app's window (draft-ietf-httpapi-ratelimit-headers, separate fields). */
const rateLimitHeaders = (window: RateWindow): Record<string, string> => ({
  'ratelimit-limit': String(window.limit),
  'ratelimit-remaining': String(window.remaining),
  'ratelimit-reset': String(window.resetSeconds),
});

/** What a browser page on a registered origin may read of the answers besides the body. */
const exposedHeaders = 'RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After, X-Request-Id';

/** The CORS headers that let a page on `origin` read an answer. */
const readableFrom = (origin: string): Record<string, string> => ({
  'access-control-allow-origin': origin,
  'access-control-expose-headers': exposedHeaders,
  vary: 'Origin',
});

/** Partner apps register https origins only (the users subgraph refuses others), as the edge's preflight admits. */
const isHttpsOrigin = (origin: string | undefined): origin is string => {
  const url = origin === undefined ? null : URL.parse(origin);
  return url?.protocol === 'https:' && url.href === `${url.origin}/`;
};

/**
 * Admits a request to `/partner/graphql` by its API key before any of it is read: 401 UNAUTHENTICATED without a
 * key, with an unknown, revoked or malformed one; 400 with an access token as well; 503 AUTH_UNAVAILABLE while keys
 * cannot be checked; 403 ORIGIN_NOT_ALLOWED when a browser sends it from an `Origin` the app has not registered
 * (answers to a registered one carry `Access-Control-Allow-Origin`; the edge answers preflights); 429 RATE_LIMITED
 * with `Retry-After` once the app has used its tier's requests of the minute. Every answer to a counted app carries
 * `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`, the 429 included, readable from its registered
 * origins. The refusals sent before any app is known (400, 401, 503) say nothing of any app, so a page on any https
 * origin (those the edge's preflight admits) may read them and tell its user why. Returns the app, or null once
 * the refusal is sent.
 *
 * @example
 * const admit = createPartnerGate({ apiKeys, partnerRateLimit });
 * const app = await admit(req, res); if (app) serve(req, res, app);
 */
export function createPartnerGate(options: PartnerGateOptions) {
  const { apiKeys, partnerRateLimit } = options;
  return async (req: IncomingMessage, res: ServerResponse): Promise<PartnerApp | null> => {
    const key = req.headers[apiKeyHeader];
    const origin = req.headers.origin;
    const keyless = isHttpsOrigin(origin) ? readableFrom(origin) : {};
    if (req.headers.authorization) {
      sendGraphQLError(res, 400, ErrorCode.BadUserInput, 'Send an API key here, not an access token.', keyless);
      return null;
    }
    if (typeof key !== 'string' || key.length === 0 || key.length > apiKeyMaxLength || !apiKeys) {
      sendGraphQLError(res, 401, ErrorCode.Unauthenticated, 'Send a valid API key in x-api-key.', keyless);
      return null;
    }
    let app: PartnerApp | null;
    try {
      app = await apiKeys.resolve(key);
    } catch (error) {
      if (!(error instanceof ApiKeyResolutionError)) throw error;
      const message = 'API keys cannot be checked right now; try again shortly.';
      sendGraphQLError(res, 503, ErrorCode.AuthUnavailable, message, keyless);
      return null;
    }
    if (!app) {
      sendGraphQLError(res, 401, ErrorCode.Unauthenticated, 'The API key is unknown or revoked.', keyless);
      return null;
    }
    if (origin !== undefined) {
      if (!app.allowedOrigins.includes(origin)) {
        sendGraphQLError(res, 403, 'ORIGIN_NOT_ALLOWED', 'This API key is not registered for use from this origin.');
        return null;
      }
      for (const [name, value] of Object.entries(readableFrom(origin))) res.setHeader(name, value);
    }
    const rate = (await partnerRateLimit?.admit(app.appId, app.rateTier)) ?? { admitted: true };
    if (rate.window)
      for (const [name, value] of Object.entries(rateLimitHeaders(rate.window))) res.setHeader(name, value);
    if (!rate.admitted) {
      const { retryAfterSeconds } = rate;
      const message = `This app's rate limit is reached. Try again in ${retryAfterSeconds} seconds.`;
      const extensions = { code: ErrorCode.RateLimited, retryAfterSeconds };
      // writeHead keeps the CORS and RateLimit headers set above.
      sendJson(res, 429, { errors: [{ message, extensions }] }, { 'retry-after': String(retryAfterSeconds) });
      return null;
    }
    return app;
  };
}
