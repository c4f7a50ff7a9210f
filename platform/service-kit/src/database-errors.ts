/** Prisma error codes for a database that cannot be reached, timed out, or closed the connection. */
const prismaCodes = new Set(['P1001', 'P1002', 'P1017', 'P2024']);

/** Driver adapter error kinds that say the database went away, not that the statement was wrong. */
const adapterKinds = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);

/** PostgreSQL SQLSTATEs of the same kind: connection exceptions, shutdown, starting up, too many connections. */
const unavailableSqlState = /^(08|57P0[123]$|53300$)/;

/** Socket errors node-postgres passes on when it cannot reach the server or loses the connection. */
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH']);

/** What node-postgres says when the server closes a connection, or none could be opened in time. */
const droppedConnection = /^Connection terminated( unexpectedly| due to connection timeout)?$/;

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  severity?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown } } };
  name?: unknown;
  cause?: unknown;
  originalError?: unknown;
}

const adapterCause = (error: ErrorLike) =>
  error.meta?.driverAdapterError?.cause ??
  (error.name === 'DriverAdapterError' ? (error.cause as { kind?: unknown; code?: unknown } | undefined) : undefined);

/** An error node-postgres raised itself (`readRows` reads through it): the server's SQLSTATE, a socket error, a drop. */
const isNodePostgresOutage = (error: ErrorLike) =>
  (typeof error.severity === 'string' && typeof error.code === 'string' && unavailableSqlState.test(error.code)) ||
  (typeof error.code === 'string' && socketCodes.has(error.code)) ||
  (typeof error.message === 'string' && droppedConnection.test(error.message));

/**
 * Whether an error (a Prisma error, a driver adapter error, a node-postgres error, or a GraphQL error wrapping one)
 * means the database
 * is unreachable for now — down, restarting, out of connections — rather than that the work was wrong: such a
 * failure is worth retrying once the database is back, never worth giving up on.
 *
 * @example
 * try { await db.learningResource.count(); } catch (error) { if (isDatabaseUnavailable(error)) retryLater(); }
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const candidate = current as ErrorLike;
    if (typeof candidate.code === 'string' && prismaCodes.has(candidate.code)) return true;
    const cause = adapterCause(candidate);
    if (typeof cause?.kind === 'string' && adapterKinds.has(cause.kind)) return true;
    if (cause?.kind === 'postgres' && typeof cause.code === 'string' && unavailableSqlState.test(cause.code))
      return true;
    if (isNodePostgresOutage(candidate)) return true;
    current = candidate.originalError ?? candidate.cause;
  }
  return false;
}
