import { Hono } from 'hono';
import { type Bindings, readConfig } from './config';
import { proxy } from './middleware/proxy';
import { requestId } from './middleware/request-id';
import { apiUnavailable } from './responses/api-unavailable';
import { maintenancePage } from './responses/maintenance-page';

/**
 * Builds the edge: every request gets an id, `/graphql` goes to the router and everything else to the web app.
 * Side-effect free: `src/index.ts` exports the instance that Workers run.
 *
 * @example
 * ```ts
 * export default createApp();
 * ```
 */
export function createApp(): Hono<{ Bindings: Bindings }> {
  const app = new Hono<{ Bindings: Bindings }>();
  app.use(requestId());
  app.all('/graphql', proxy({ origin: (c) => readConfig(c.env).routerOrigin, unavailable: apiUnavailable }));
  app.all('*', proxy({ origin: (c) => readConfig(c.env).webOrigin, unavailable: maintenancePage }));
  return app;
}
