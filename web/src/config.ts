import { randomBytes } from 'node:crypto';

/** The web app's configuration, read from the environment in this one module and validated once. */
export interface Config {
  /**
   * `ROUTER_URL`: the GraphQL router's endpoint, where every page gets its data (server-side only).
   * @example 'http://127.0.0.1:4000/graphql'
   */
  routerUrl: string;
  /**
   * `ROUTER_TIMEOUT_MS`: how long one request to the router may take before the page shows the outage message.
   * @example 5000
   */
  routerTimeoutMs: number;
  /**
   * `SITE_URL`: the site's public origin, as visitors reach it through the edge. Only the sitemap and `robots.txt`
   * need absolute addresses; every page links relatively.
   * @example 'https://learn.example.org'
   */
  siteUrl: string;
  /**
   * `VIEW_KEY_SECRET`: at least 32 characters from which each day's key for counting views is derived (see
   * lib/visitor-key.ts). Replicas must share it, or a visitor is counted once per replica; unset, each process
   * makes up its own.
   * @example 'f3b1…' // openssl rand -hex 32
   */
  viewKeySecret: string;
}

/** Thrown when a variable is set to something the app cannot use; the message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const defaults = {
  ROUTER_URL: 'http://127.0.0.1:4000/graphql',
  ROUTER_TIMEOUT_MS: '5000',
  SITE_URL: 'http://127.0.0.1:8787',
};

/**
 * Reads and validates the configuration from an environment (`process.env` unless told otherwise).
 * @example loadConfig({ ROUTER_URL: 'http://127.0.0.1:4000/graphql' }).routerUrl
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  return {
    routerUrl: parseHttpUrl('ROUTER_URL', env.ROUTER_URL || defaults.ROUTER_URL),
    routerTimeoutMs: parsePositiveInteger('ROUTER_TIMEOUT_MS', env.ROUTER_TIMEOUT_MS || defaults.ROUTER_TIMEOUT_MS),
    siteUrl: parseOrigin('SITE_URL', env.SITE_URL || defaults.SITE_URL),
    viewKeySecret: parseSecret('VIEW_KEY_SECRET', env.VIEW_KEY_SECRET),
  };
}

let cached: Config | undefined;

/** The process's configuration, read on first use: at server start-up (see instrumentation.ts), never at build. */
export function getConfig(): Config {
  cached ??= loadConfig();
  return cached;
}

function parseHttpUrl(name: string, value: string): string {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw new ConfigError(`${name} must be an http(s) URL such as http://127.0.0.1:4000/graphql, got "${value}"`);
  }
  return url.href;
}

function parseSecret(name: string, value: string | undefined): string {
  if (!value) return randomBytes(32).toString('hex');
  if (value.length < 32) throw new ConfigError(`${name} must be at least 32 characters, got ${value.length}`);
  return value;
}

function parseOrigin(name: string, value: string): string {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if ((url?.protocol !== 'http:' && url?.protocol !== 'https:') || url.pathname !== '/' || url.search || url.hash) {
    throw new ConfigError(`${name} must be an http(s) origin such as https://learn.example.org, got "${value}"`);
  }
  return url.origin;
}

function parsePositiveInteger(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) {
    throw new ConfigError(`${name} must be a positive whole number of milliseconds, got "${value}"`);
  }
  return number;
}
