import { EdgeError } from './errors';

/**
 * The worker's environment: `[vars]` in wrangler.toml hold local defaults and every deployed environment sets
 * its own, so a value may be missing or mistyped until `readConfig` has checked it.
 *
 * @example
 * ```toml
 * [vars]
 * ROUTER_ORIGIN = "http://127.0.0.1:4000"
 * WEB_ORIGIN = "http://127.0.0.1:3000"
 * MAX_BODY_BYTES = 1000000
 * ```
 */
export interface Bindings {
  /** Origin of the GraphQL router that serves `/graphql`, e.g. `https://router.internal.learngraph.org`. */
  ROUTER_ORIGIN?: string;
  /** Origin of the web app that serves every other path, e.g. `https://web.internal.learngraph.org`. */
  WEB_ORIGIN?: string;
  /**
   * The largest request body the edge forwards, in bytes, e.g. `1000000` (the default, the router's own limit).
   * A number in wrangler.toml, a string when given with `--var`.
   */
  MAX_BODY_BYTES?: string | number;
}

/** The validated configuration: each origin is `scheme://host[:port]` with no trailing slash. */
export interface Config {
  routerOrigin: string;
  webOrigin: string;
  maxBodyBytes: number;
}

// The router refuses larger bodies itself; refusing them at the edge spares streaming them across.
const DEFAULT_MAX_BODY_BYTES = 1_000_000;

/**
 * Validates the environment and returns the configuration, or throws a 500 `EdgeError` coded `EDGE_MISCONFIGURED`
 * whose message names the variable at fault. Workers have no start-up phase (the environment arrives with each
 * request), so this runs per request; it costs two URL parses.
 *
 * @example
 * ```ts
 * const { routerOrigin } = readConfig(c.env); // 'http://127.0.0.1:4000'
 * ```
 */
export function readConfig(env: Bindings): Config {
  return {
    routerOrigin: readOrigin(env, 'ROUTER_ORIGIN'),
    webOrigin: readOrigin(env, 'WEB_ORIGIN'),
    maxBodyBytes: readMaxBodyBytes(env),
  };
}

function misconfigured(message: string): EdgeError {
  return new EdgeError(500, 'EDGE_MISCONFIGURED', `Edge misconfigured: ${message}`);
}

function readOrigin(env: Bindings, name: 'ROUTER_ORIGIN' | 'WEB_ORIGIN'): string {
  const value = env[name];
  const expected = 'an absolute http(s) origin such as http://127.0.0.1:4000 (scheme, host and port only)';
  if (!value) throw misconfigured(`${name} is not set; expected ${expected}.`);
  const url = URL.parse(value);
  // An origin's href is the origin plus '/': any path, query, fragment or credentials make them differ.
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.href !== `${url.origin}/`) {
    throw misconfigured(`${name} must be ${expected}.`);
  }
  return url.origin;
}

function readMaxBodyBytes(env: Bindings): number {
  const value = env.MAX_BODY_BYTES;
  if (value === undefined || value === '') return DEFAULT_MAX_BODY_BYTES;
  const bytes = typeof value === 'number' ? value : /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw misconfigured(`MAX_BODY_BYTES must be a whole number of bytes above 0, such as ${DEFAULT_MAX_BODY_BYTES}.`);
  }
  return bytes;
}
