import { Hono } from 'hono';
import { API_PATHS, PARTNER_API_PATH, rawPath } from './api-paths';
import { type Bindings, readConfig } from './config';
import { bodyLimit } from './middleware/body-limit';
import { exactApiPaths } from './middleware/exact-api-paths';
import { noGetBody } from './middleware/no-get-body';
import { partnerPreflight } from './middleware/partner-preflight';
import { proxy } from './middleware/proxy';
import { requestId } from './middleware/request-id';
import { answerError } from './responses/answer-error';
import { apiUnavailable } from './responses/api-unavailable';
import { maintenancePage } from './responses/maintenance-page';

type EdgeEnv = { Bindings: Bindings };

/**
 * Builds the edge: every request gets an id; lookalikes of the API paths, bodies on GET or HEAD and bodies over
 * the limit are refused; CORS preflights of the partner API are answered here; the API paths, exactly as sent, go
 * to the router and everything else to the web app.
 * Side-effect free: `src/index.ts` exports the instance that Workers run.
 *
 * @example
 * ```ts
 * export default createApp();
 * ```
 */
export function createApp(): Hono<EdgeEnv> {
  const app = new Hono<EdgeEnv>({ getPath: rawPath });
  app.use(requestId());
  app.use(exactApiPaths());
  app.use(noGetBody());
  app.use(bodyLimit<EdgeEnv>({ maxBytes: (c) => readConfig(c.env).maxBodyBytes }));
  const toRouter = proxy({ origin: (c) => readConfig(c.env).routerOrigin, unavailable: apiUnavailable });
  app.options(PARTNER_API_PATH, partnerPreflight());
  for (const path of API_PATHS) app.all(path, toRouter);
  app.all('*', proxy({ origin: (c) => readConfig(c.env).webOrigin, unavailable: maintenancePage }));
  app.onError(answerError);
  return app;
}
