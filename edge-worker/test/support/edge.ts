import { dirname } from 'node:path';
import { Miniflare } from 'miniflare';
import { inject } from 'vitest';

/** The public URL requests are addressed to, as a browser would see the edge. */
export const PUBLIC_URL = 'https://learngraph.test';

/**
 * Starts the bundled worker in workerd with the given vars; `dispose()` stops it.
 *
 * @example
 * ```ts
 * const edge = await startEdge({ ROUTER_ORIGIN: router.url, WEB_ORIGIN: web.url });
 * const res = await edge.dispatchFetch(`${PUBLIC_URL}/graphql`);
 * ```
 */
export async function startEdge(vars: Record<string, string>): Promise<Miniflare> {
  const { scriptPath, compatibilityDate, compatibilityFlags } = inject('worker');
  const edge = new Miniflare({
    modules: true,
    scriptPath,
    // Module names are paths relative to this root, and workerd refuses names that climb out with '..'.
    modulesRoot: dirname(scriptPath),
    compatibilityDate,
    compatibilityFlags,
    bindings: vars,
    host: '127.0.0.1',
    port: 0,
    // Otherwise Miniflare downloads Cloudflare's request metadata from the internet.
    cf: false,
  });
  await edge.ready;
  return edge;
}
