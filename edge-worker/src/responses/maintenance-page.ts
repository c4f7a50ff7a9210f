import type { Context } from 'hono';
import { page } from './page';

// Seconds: long enough for a web deploy or restart to finish, short enough that crawlers come back soon.
const RETRY_AFTER_SECONDS = 30;

const PAGE = page(
  'Learngraph is down for maintenance',
  "We'll be right back",
  'Learngraph is briefly unavailable while we work on it. Please try again in a minute.',
);

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
