import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { withTimeout } from '../with-timeout.js';
import { sendGraphQLError, sendJson } from './json-response.js';

/** A named readiness check: resolves when the dependency answers, rejects (or times out) when not. */
export type ReadinessCheck = () => Promise<unknown>;

export interface ServiceServerOptions {
  /** Handles `/graphql` (GET and POST). */
  graphql: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Dependencies that must answer before the service takes traffic, e.g. `{ database: () => db.$queryRaw… }`. */
  readiness: Record<string, ReadinessCheck>;
  /** How long one readiness check may take before it counts as failed. */
  readinessTimeoutMs?: number;
  logger: Logger;
}

/**
 * The HTTP server of a service: `/graphql`, `GET /health/live` (the process is up), and `GET /health/ready`
 * (alias `/health`: every dependency answers; 503 with the failing ones otherwise, and always 503 once
 * shutdown has begun so that load balancers stop sending traffic).
 *
 * @example
 * const server = createServiceServer({ graphql: handle, readiness: { database: ping }, logger });
 * server.listen(4001, '127.0.0.1');
 */
export function createServiceServer(options: ServiceServerOptions): Server & { markDraining(): void } {
  const { graphql, readiness, readinessTimeoutMs = 2000, logger } = options;
  let draining = false;

  const ready = async (res: ServerResponse) => {
    if (draining) return sendJson(res, 503, { status: 'draining' });
    const results = await Promise.allSettled(
      Object.entries(readiness).map(async ([name, check]) => {
        await withTimeout(check(), readinessTimeoutMs, name);
        return name;
      }),
    );
    const failing = Object.keys(readiness).filter((_, index) => results[index]?.status === 'rejected');
    if (failing.length === 0) return sendJson(res, 200, { status: 'ready' });
    return sendJson(res, 503, { status: 'unavailable', failing });
  };

  const server = createServer((req, res) => {
    // A request target such as "http://[" passes Node's parser but not the URL one.
    const path = URL.canParse(req.url ?? '/', 'http://localhost')
      ? new URL(req.url ?? '/', 'http://localhost').pathname
      : null;
    const route = async () => {
      if (path === null) return sendJson(res, 400, { error: 'the request target is not a valid URL' });
      if (path === '/graphql') return graphql(req, res);
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' });
      if (path === '/health/live') return sendJson(res, 200, { status: 'live' });
      if (path === '/health/ready' || path === '/health') return ready(res);
      return sendJson(res, 404, { error: 'not found' });
    };
    route().catch((error: unknown) => {
      logger.error({ err: error, path }, 'request failed');
      if (!res.headersSent) sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else res.end();
    });
  });
  return Object.assign(server, {
    markDraining() {
      draining = true;
    },
  });
}
