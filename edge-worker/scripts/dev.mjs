// @ts-check
/**
 * Serves the worker on http://127.0.0.1:8787 with `wrangler dev`, non-interactively and offline: no prompts, no
 * Cloudflare account, no telemetry or update checks, no request-metadata download. workerd listens on a private
 * loopback port behind a strict front (`strict-front.mjs`) that refuses malformed HTTP framing, as Cloudflare's
 * front end does in production. It is ready when it prints `Ready on http://127.0.0.1:<port>`, and it stops, with
 * its workerd, on SIGINT or SIGTERM.
 *
 * Environment: `EDGE_PORT` (default 8787); `ROUTER_ORIGIN`, `WEB_ORIGIN` and `MAX_BODY_BYTES` (default: `[vars]`
 * in wrangler.toml, then the worker's own defaults).
 *
 * @example
 * ```sh
 * EDGE_PORT=8788 ROUTER_ORIGIN=http://127.0.0.1:4001 pnpm --filter @learngraph/edge-worker dev
 * ```
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startStrictFront } from './strict-front.mjs';

const host = '127.0.0.1';
const port = Number(process.env.EDGE_PORT || 8787);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const wrangler = fileURLToPath(new URL('../node_modules/wrangler/bin/wrangler.js', import.meta.url));

const vars = ['ROUTER_ORIGIN', 'WEB_ORIGIN', 'MAX_BODY_BYTES'].flatMap((name) => {
  const value = process.env[name];
  return value ? ['--var', `${name}:${value}`] : [];
});
// Port 0: workerd takes a free port and wrangler reports it in its ready line.
const args = ['dev', '--ip', host, '--port', '0', ...vars];

const child = spawn(process.execPath, [wrangler, ...args], {
  cwd: packageDir,
  stdio: ['ignore', 'pipe', 'inherit'],
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

/** @type {import('node:http').Server | undefined} */
let front;
const lines = createInterface({ input: /** @type {import('node:stream').Readable} */ (child.stdout) });
lines.on('line', (line) => {
  const ready = !front && /Ready on http:\/\/[^:]+:(\d+)/.exec(line);
  if (!ready) return console.log(line);
  console.log(line.replace('Ready on', 'workerd ready on'));
  startStrictFront({ host, port, upstreamPort: Number(ready[1]) }).then(
    (server) => {
      front = server;
      console.log(`Ready on http://${host}:${port}`);
    },
    (error) => {
      console.error(`edge: cannot listen on ${host}:${port}: ${error.message}`);
      child.kill('SIGTERM');
      process.exitCode = 1;
    },
  );
});

// A launcher signals this process only; wrangler must hear it too, to stop workerd before it exits.
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    front?.close();
    front?.closeAllConnections();
    child.kill(signal);
  });
}
child.on('exit', (code, signal) => {
  front?.close();
  front?.closeAllConnections();
  process.exitCode ||= code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1);
});
