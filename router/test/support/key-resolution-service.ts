import { createServer } from 'node:http';
import { routerSignatureHeader, verifyRouterSignature } from '@learngraph/service-kit';
import { listenOnFreePort } from '@learngraph/service-kit/testing';

/** A partner app as the users subgraph's resolution endpoint answers it. */
export interface FixtureApp {
  appId: string;
  name: string;
  scopes: string[];
  rateTier: string;
  allowedOrigins: string[];
}

/**
 * The users subgraph's `POST /internal/api-keys/resolve` contract over real HTTP, for router tests that cannot run
 * the users subgraph: it answers only bodies the router signed, 200 with the app of a live key, 404 otherwise, and
 * counts the requests it got (to see the router's cache at work).
 */
export async function startKeyResolution(routerKey: string) {
  const keys = new Map<string, FixtureApp>();
  let requests = 0;
  const server = createServer(async (req, res) => {
    requests += 1;
    let body = '';
    for await (const chunk of req) body += chunk;
    const send = (status: number, value: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    if (verifyRouterSignature([routerKey], req.headers[routerSignatureHeader], body)) return send(403, {});
    const app = keys.get((JSON.parse(body) as { key: string }).key);
    return app ? send(200, app) : send(404, { error: 'UNKNOWN_API_KEY' });
  });
  const baseUrl = await listenOnFreePort(server);
  return {
    url: `${baseUrl}/internal/api-keys/resolve`,
    issue: (key: string, app: FixtureApp) => keys.set(key, app),
    revoke: (key: string) => keys.delete(key),
    requests: () => requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
