import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, logLevel, oneOf, pem, port, positiveInt, secret } from '@learngraph/service-kit';
import { z } from 'zod';

const defaultSupergraph = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));

/**
 * The router's configuration: `--supergraph <file>` and `--port <n>` on the command line (defaults:
 * the repository's supergraph.graphql and 4000, or `PORT`), the rest from the environment.
 * `SUBGRAPH_<NAME>_URL` (e.g. `SUBGRAPH_LEARNING_PATHS_URL`) overrides the URL a subgraph has in the
 * supergraph, so one composed file serves every environment.
 *
 * @example
 * JWT_PUBLIC_KEY="-----BEGIN PUBLIC KEY-----…" learngraph-router --supergraph supergraph.graphql --port 4000
 */
export function readConfig(
  argv: string[] = process.argv.slice(2),
  env: Record<string, string | undefined> = process.env,
) {
  let flags: { supergraph?: string; port?: string };
  try {
    flags = parseArgs({ args: argv, options: { supergraph: { type: 'string' }, port: { type: 'string' } } }).values;
  } catch (error) {
    throw new ConfigError(
      `Invalid arguments: ${(error as Error).message}. Usage: learngraph-router [--supergraph <file>] [--port <n>]`,
    );
  }
  const supergraphPath = resolve(flags.supergraph ?? defaultSupergraph);
  if (!existsSync(supergraphPath))
    throw new ConfigError(`Invalid configuration: --supergraph ${supergraphPath} does not exist`);
  const config = loadConfig(
    {
      PORT: port(4000),
      HOST: z.string().default('127.0.0.1'),
      JWT_PUBLIC_KEY: pem('PUBLIC KEY'),
      /** Signs every subgraph request; the subgraphs hold the same key and answer nothing unsigned. */
      ROUTER_SUBGRAPH_KEY: secret(),
      /** How long one subgraph fetch may take before its fields fail with SUBGRAPH_TIMEOUT. */
      SUBGRAPH_TIMEOUT_MS: positiveInt(10_000),
      /** Largest accepted request body. */
      MAX_BODY_BYTES: positiveInt(1_000_000),
      /** Deepest selection set an operation may have. */
      MAX_QUERY_DEPTH: positiveInt(12),
      /**
       * Whether the caller's address is the first `X-Forwarded-For` entry (set by the edge from Cloudflare's
       * `cf-connecting-ip`) rather than the socket's peer. On by default because only the edge reaches the
       * router; set `false` wherever callers can reach the router directly.
       */
      TRUST_FORWARDED_FOR: oneOf(['true', 'false'], 'true').transform((value) => value === 'true'),
      LOG_LEVEL: logLevel(),
    },
    { ...env, PORT: flags.port ?? env.PORT },
  );
  const subgraphUrls = Object.fromEntries(
    Object.entries(env)
      .filter(([name, value]) => /^SUBGRAPH_[A-Z0-9_]+_URL$/.test(name) && value)
      .map(([name, value]) => [
        name.slice('SUBGRAPH_'.length, -'_URL'.length).toLowerCase().replaceAll('_', '-'),
        value as string,
      ]),
  );
  for (const [name, url] of Object.entries(subgraphUrls)) {
    if (!URL.canParse(url))
      throw new ConfigError(
        `Invalid configuration: SUBGRAPH_${name.toUpperCase().replaceAll('-', '_')}_URL is not a URL`,
      );
  }
  return { ...config, supergraphPath, subgraphUrls };
}

export type RouterConfig = ReturnType<typeof readConfig>;
