import { HTTPException } from 'hono/http-exception';

/**
 * The worker's environment: `[vars]` in wrangler.toml hold local defaults and every deployed environment sets
 * its own, so a value may be missing or mistyped until `readConfig` has checked it.
 *
 * @example
 * ```toml
 * [vars]
 * ROUTER_ORIGIN = "http://127.0.0.1:4000"
 * WEB_ORIGIN = "http://127.0.0.1:3000"
 * ```
 */
export interface Bindings {
  /** Origin of the GraphQL router that serves `/graphql`, e.g. `https://router.internal.learngraph.org`. */
  ROUTER_ORIGIN?: string;
  /** Origin of the web app that serves every other path, e.g. `https://web.internal.learngraph.org`. */
  WEB_ORIGIN?: string;
}

/** The validated configuration: each origin is `scheme://host[:port]` with no trailing slash. */
export interface Config {
  routerOrigin: string;
  webOrigin: string;
}

/**
 * Validates the environment and returns the configuration, or throws a 500 `HTTPException` whose message names
 * the variable at fault. Workers have no start-up phase (the environment arrives with each request), so this runs
 * per request; it costs two URL parses.
 *
 * @example
 * ```ts
 * const { routerOrigin } = readConfig(c.env); // 'http://127.0.0.1:4000'
 * ```
 */
export function readConfig(env: Bindings): Config {
  return { routerOrigin: readOrigin(env, 'ROUTER_ORIGIN'), webOrigin: readOrigin(env, 'WEB_ORIGIN') };
}

function readOrigin(env: Bindings, name: keyof Bindings): string {
  const value = env[name];
  const expected = 'an absolute http(s) origin such as http://127.0.0.1:4000 (scheme, host and port only)';
  if (!value) {
    throw new HTTPException(500, { message: `Edge misconfigured: ${name} is not set; expected ${expected}.` });
  }
  const url = URL.parse(value);
  // An origin's href is the origin plus '/': any path, query, fragment or credentials make them differ.
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.href !== `${url.origin}/`) {
    throw new HTTPException(500, { message: `Edge misconfigured: ${name} must be ${expected}.` });
  }
  return url.origin;
}
