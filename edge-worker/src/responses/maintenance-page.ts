import type { Context } from 'hono';

// Seconds: long enough for a web deploy or restart to finish, short enough that crawlers come back soon.
const RETRY_AFTER_SECONDS = 30;

// Self-contained (inline style, no assets) because the origin that would serve assets is the one that is down.
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Learngraph is down for maintenance</title>
<style>
body { margin: 0; min-height: 100vh; display: grid; place-items: center; font: 16px/1.5 system-ui, sans-serif;
  color: #1f2933; background: #f5f7fa; }
main { max-width: 32rem; padding: 2rem; text-align: center; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
</style>
</head>
<body>
<main>
<h1>We'll be right back</h1>
<p>Learngraph is briefly unavailable while we work on it. Please try again in a minute.</p>
</main>
</body>
</html>
`;

/**
 * The 503 answer for browsers when the web origin cannot be reached: a small HTML page with `Retry-After`, never
 * cached, so visitors and crawlers retry rather than keep an error.
 *
 * @example
 * ```ts
 * app.all('*', proxy({ origin: () => webOrigin, unavailable: maintenancePage }));
 * ```
 */
export function maintenancePage(c: Context): Response | Promise<Response> {
  return c.html(PAGE, 503, { 'retry-after': String(RETRY_AFTER_SECONDS), 'cache-control': 'no-store' });
}
