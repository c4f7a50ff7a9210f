import { z } from 'zod';

/**
 * Thrown when the environment does not describe a runnable service. The message names every variable
 * that is missing or wrong, so an operator can fix them all in one go.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads and validates a service's configuration from environment variables, once, at start-up.
 *
 * @example
 * const config = loadConfig({ PORT: port(4001), DATABASE_URL: postgresUrl() });
 * // ConfigError: Invalid configuration: DATABASE_URL is required (a postgresql:// URL)
 */
export function loadConfig<Shape extends z.ZodRawShape>(
  shape: Shape,
  env: Record<string, string | undefined> = process.env,
): z.infer<z.ZodObject<Shape>> {
  const result = z.object(shape).safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const variable = issue.path.join('.');
    return env[variable] === undefined || env[variable] === ''
      ? `${variable} is required (${issue.message})`
      : `${variable} is invalid: ${issue.message}`;
  });
  throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
}

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

/** A TCP port, defaulting to `fallback`. */
export const port = (fallback: number) =>
  z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number()
      .int()
      .min(1, 'a port between 1 and 65535')
      .max(65535, 'a port between 1 and 65535')
      .default(fallback),
  );

/** A positive integer such as a limit or a timeout, defaulting to `fallback`. */
export const positiveInt = (fallback: number) =>
  z.preprocess(emptyAsUndefined, z.coerce.number().int().positive('a positive integer').default(fallback));

/** A URL with one of the given schemes; required unless `fallback` is given. */
export const url = (schemes: string[], fallback?: string) => {
  const schema = z.preprocess(
    emptyAsUndefined,
    z
      .string({ error: `a ${schemes.join(' or ')} URL` })
      .refine((value) => URL.canParse(value) && schemes.includes(new URL(value).protocol.slice(0, -1)), {
        message: `expected a ${schemes.map((s) => `${s}://`).join(' or ')} URL`,
      }),
  );
  return fallback === undefined ? schema : schema.default(fallback);
};

/** A PostgreSQL connection URL. */
export const postgresUrl = (fallback?: string) => url(['postgresql', 'postgres'], fallback);

/** A Redis connection URL. */
export const redisUrl = (fallback?: string) => url(['redis', 'rediss'], fallback);

/** One of a fixed set of words, defaulting to `fallback`. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z.preprocess(emptyAsUndefined, z.enum(values).default(fallback));

/** A PEM-encoded key; `\n` escapes are accepted so that keys fit in one-line environment files. */
export const pem = (label: 'PUBLIC KEY' | 'PRIVATE KEY') =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.replace(/\\n/g, '\n') : value),
    z
      .string({ error: `a PEM block (-----BEGIN ${label}-----)` })
      .refine((value) => value.includes(`-----BEGIN ${label}-----`), {
        message: `expected a PEM block (-----BEGIN ${label}-----)`,
      }),
  );

/**
 * A shared secret such as the router's signing key: at least `minLength` characters, so that a
 * placeholder like "changeme" is refused at start-up.
 */
export const secret = (minLength = 32) =>
  z.preprocess(
    emptyAsUndefined,
    z
      .string({ error: `a secret of at least ${minLength} characters` })
      .min(minLength, `at least ${minLength} characters`),
  );

/**
 * The variables through which a subgraph learns the router's signing key: `ROUTER_SUBGRAPH_KEY`, and
 * during a rotation `ROUTER_SUBGRAPH_PREVIOUS_KEY`, still accepted until every router signs with the new one.
 *
 * @example
 * const config = loadConfig({ PORT: port(4001), ...routerTrust });
 * createSubgraphServer({ ..., routerKeys: routerKeys(config) });
 */
export const routerTrust = {
  ROUTER_SUBGRAPH_KEY: secret(),
  ROUTER_SUBGRAPH_PREVIOUS_KEY: secret().optional(),
};

/**
 * Where a service finds the keys that sign access tokens: `JWKS_URL`, the users subgraph's published key set
 * (`…/.well-known/jwks.json`), fetched on first use and again when a token names a key it does not hold.
 *
 * @example
 * const config = loadConfig({ PORT: port(4001), ...tokenTrust });
 * createTokenVerifier(remoteKeySet(new URL(config.JWKS_URL)));
 */
export const tokenTrust = {
  JWKS_URL: url(['http', 'https']),
};

/** The router keys a subgraph accepts, current first. */
export function routerKeys(config: { ROUTER_SUBGRAPH_KEY: string; ROUTER_SUBGRAPH_PREVIOUS_KEY?: string | undefined }) {
  return config.ROUTER_SUBGRAPH_PREVIOUS_KEY
    ? [config.ROUTER_SUBGRAPH_KEY, config.ROUTER_SUBGRAPH_PREVIOUS_KEY]
    : [config.ROUTER_SUBGRAPH_KEY];
}

/** A log level understood by the logger. */
export const logLevel = () => oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info');

/**
 * Runs a service's config reader at start-up; a ConfigError ends the process with its message (which
 * names the variables at fault) and exit code 2, instead of a stack trace.
 *
 * @example
 * const config = configOrExit(readConfig);
 */
export function configOrExit<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
