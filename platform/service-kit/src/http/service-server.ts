import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { withTimeout } from '../with-timeout.js';
import { sendGraphQLError, sendJson } from './json-response.js';

/** A named readiness check: resolves when the dependency answers, rejects (or times out) when not. */
export type ReadinessCheck = () => Promise<unknown>;

/**
 * A readiness answer a service composes itself (the router reports each subgraph): the status code and
 * JSON body of `GET /health/ready`.
 */
export type ReadinessReport = () => Promise<{ status: number; body: Record<string, unknown> }>;

export interface ServiceServerOptions {
  /** Handles `/graphql` (GET and POST). */
  graphql: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /**
   * Further paths a service answers itself, by exact path, whatever the method (each handler checks it), e.g.
   * the users subgraph's `/.well-known/jwks.json`.
   */
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>>;
  /**
   * Dependencies that must answer before the service takes traffic, e.g. `{ database: () => db.$queryRaw… }`,
   * or a report of the service's own making.
   */
  readiness: Record<string, ReadinessCheck> | ReadinessReport;
  /** How long one readiness check may take before it counts as failed. */
  readinessTimeoutMs?: number;
  /** Answers `GET /metrics` (Prometheus text format, e.g. prom-client's `register.metrics()`), when given. */
  metrics?: () => Promise<string>;
  logger: Logger;
}

/** 200 when every check answers in time, 503 naming the failing ones otherwise. */
const reportChecks =
  (checks: Record<string, ReadinessCheck>, timeoutMs: number): ReadinessReport =>
  async () => {
    const results = await Promise.allSettled(
      Object.entries(checks).map(([name, check]) => withTimeout(check(), timeoutMs, name)),
    );
    const failing = Object.keys(checks).filter((_, index) => results[index]?.status === 'rejected');
    return failing.length === 0
      ? { status: 200, body: { status: 'ready' } }
      : { status: 503, body: { status: 'unavailable', failing } };
  };

/**
 * The HTTP server of a service: `/graphql`, `GET /health/live` (the process is up), and `GET /health/ready`
 * (alias `/health`: every dependency answers; 503 with the failing ones otherwise, and always 503 once
 * shutdown has begun so that load balancers stop sending traffic). Once draining, every response asks the
 * client to close its connection, so that no keep-alive connection outlives the requests in flight.
 *
 * @example
 * const server = createServiceServer({ graphql: handle, readiness: { database: ping }, logger });
 * server.listen(4001, '127.0.0.1');
 */
export function createServiceServer(options: ServiceServerOptions): Server & { markDraining(): void } {
  const { graphql, routes = {}, readiness, readinessTimeoutMs = 2000, metrics, logger } = options;
  const report = typeof readiness === 'function' ? readiness : reportChecks(readiness, readinessTimeoutMs);
  const inFlight = new Set<ServerResponse>();
  let draining = false;

  const ready = async (res: ServerResponse) => {
    if (draining) return sendJson(res, 503, { status: 'draining' });
    const { status, body } = await report();
    return sendJson(res, status, body);
  };

  const server = createServer((req, res) => {
    if (draining) res.setHeader('connection', 'close');
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
    // A request target such as "http://[" passes Node's parser but not the URL one.
    const path = URL.canParse(req.url ?? '/', 'http://localhost')
      ? new URL(req.url ?? '/', 'http://localhost').pathname
      : null;
    const answer = async () => {
      if (path === null) return sendJson(res, 400, { error: 'the request target is not a valid URL' });
      if (path === '/graphql') return graphql(req, res);
      const route = Object.hasOwn(routes, path) ? routes[path] : undefined;
      if (route) return route(req, res);
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' });
      if (path === '/health/live') return sendJson(res, 200, { status: 'live' });
      if (path === '/health/ready' || path === '/health') return ready(res);
      if (path === '/metrics' && metrics) {
        res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
        return void res.end(await metrics());
      }
      return sendJson(res, 404, { error: 'not found' });
    };
    answer().catch((error: unknown) => {
      logger.error({ err: error, path }, 'request failed');
      if (!res.headersSent) sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else res.end();
    });
  });
  // A proxy in front (the edge, a load balancer) reuses idle connections; if this server closed them first, a
  // request sent on one at that moment would fail. Idle connections therefore outlive the proxies' own idle
  // timeouts (typically under a minute), and headers may take as long.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return Object.assign(server, {
    markDraining() {
      draining = true;
      // Node would keep these connections open after their answers, ready for requests that must not come.
      for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
    },
  });
}
