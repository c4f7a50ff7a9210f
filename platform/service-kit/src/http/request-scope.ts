import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { endRequestSpan, inRequestSpan } from '../tracing/trace-context.js';

/** The header a request's id travels in: from the edge to the router, from the router to the subgraphs, and back. */
export const requestIdHeader = 'x-request-id';

// Ids end up in logs and headers downstream, so only a short, inert charset is kept from callers (as at the edge).
const saneId = /^[\w.:-]{1,128}$/;

/** What a GraphQL request was, filled in while it runs (see `useRequestRecord`). */
export interface RequestRecord {
  requestId: string;
  method: string;
  path: string;
  /** The name of the operation that ran, once the document is resolved. */
  operationName?: string;
  /** The `extensions.code` of every distinct error the request met. */
  errorCodes: string[];
}

/** A request once answered. */
export interface FinishedRequest extends RequestRecord {
  status: number;
  durationMs: number;
}

export interface RequestObservation {
  /** Writes one line per request; never its body, variables or headers. */
  logger: Logger;
  /** Called once the request is answered, e.g. to count it. */
  onRequestEnd?: ((request: FinishedRequest) => void) | undefined;
}

const storage = new AsyncLocalStorage<RequestRecord>();

/** The record of the request whose handling is running, if any. */
export const currentRequest = (): RequestRecord | undefined => storage.getStore();

/** The caller's id when sane, a fresh UUID otherwise. */
const requestIdOf = (incoming: string | string[] | undefined) =>
  typeof incoming === 'string' && saneId.test(incoming) ? incoming : randomUUID();

/**
 * Runs `handle` as one observed request: its id is kept from `x-request-id` when sane (or generated), written back
 * into the request's headers so that whatever forwards them forwards the id, and returned in the response's
 * `x-request-id`; once answered, one structured line is logged (id, method, path, operation name, status,
 * duration, error codes) and `onRequestEnd` is told. The whole request runs in a server span (see `inRequestSpan`), so
 * Apollo Gateway's spans and the subgraph fetches join the caller's trace.
 *
 * @example
 * await observeRequest(req, res, { logger }, () => serveGraphQL(req, res));
 */
export async function observeRequest(
  req: IncomingMessage,
  res: ServerResponse,
  observation: RequestObservation,
  handle: () => Promise<void>,
): Promise<void> {
  const started = performance.now();
  const requestId = requestIdOf(req.headers[requestIdHeader]);
  req.headers[requestIdHeader] = requestId;
  res.setHeader(requestIdHeader, requestId);
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const record: RequestRecord = { requestId, method: req.method ?? 'GET', path, errorCodes: [] };
  await inRequestSpan(req, `${record.method} ${path}`, async (span) => {
    let failed = false;
    try {
      await storage.run(record, handle);
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      // A handler that throws is answered 500 by the server around it.
      const status = failed ? 500 : res.statusCode;
      const durationMs = Math.round((performance.now() - started) * 10) / 10;
      const finished: FinishedRequest = { ...record, status, durationMs };
      endRequestSpan(span, status, {
        'request.id': requestId,
        'graphql.operation.name': record.operationName ?? '',
        'graphql.error.codes': record.errorCodes.join(','),
      });
      observation.logger.info(finished, 'graphql request');
      observation.onRequestEnd?.(finished);
    }
  });
}
