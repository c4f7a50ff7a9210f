// @ts-check
/**
 * Serves the worker on http://127.0.0.1:8787 with `wrangler dev`, non-interactively and offline: no prompts, no
 * Cloudflare account, no telemetry or update checks, no request-metadata download. It is ready when it prints
 * `Ready on http://127.0.0.1:<port>`, and it stops, with its workerd, on SIGINT or SIGTERM.
 *
 * Environment: `EDGE_PORT` (default 8787); `ROUTER_ORIGIN` and `WEB_ORIGIN` (default: `[vars]` in wrangler.toml).
 *
 * @example
 * ```sh
 * EDGE_PORT=8788 ROUTER_ORIGIN=http://127.0.0.1:4001 pnpm --filter @learngraph/edge-worker dev
 * ```
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const wrangler = fileURLToPath(new URL('../node_modules/wrangler/bin/wrangler.js', import.meta.url));

const vars = ['ROUTER_ORIGIN', 'WEB_ORIGIN'].flatMap((name) => {
  const value = process.env[name];
  return value ? ['--var', `${name}:${value}`] : [];
});
const args = ['dev', '--ip', '127.0.0.1', '--port', process.env.EDGE_PORT || '8787', ...vars];

const child = spawn(process.execPath, [wrangler, ...args], {
  cwd: packageDir,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    CI: 'true',
    WRANGLER_SEND_METRICS: 'false',
    // The banner is what triggers wrangler's update check against the npm registry.
    WRANGLER_HIDE_BANNER: 'true',
    // Otherwise Miniflare downloads Cloudflare's request metadata (request.cf) from the internet.
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  },
});

// A launcher signals this process only; wrangler must hear it too, to stop workerd before it exits.
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1);
});
