/** Prisma error codes for a database that cannot be reached, timed out, or closed the connection. */
const prismaCodes = new Set(['P1001', 'P1002', 'P1017', 'P2024']);

/** Driver adapter error kinds that say the database went away, not that the statement was wrong. */
const adapterKinds = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);

/** PostgreSQL SQLSTATEs of the same kind: connection exceptions, shutdown, starting up, too many connections. */
const unavailableSqlState = /^(08|57P0[123]$|53300$)/;

interface ErrorLike {
  code?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown } } };
  name?: unknown;
  cause?: unknown;
  originalError?: unknown;
}

const adapterCause = (error: ErrorLike) =>
  error.meta?.driverAdapterError?.cause ??
  (error.name === 'DriverAdapterError' ? (error.cause as { kind?: unknown; code?: unknown } | undefined) : undefined);

/**
 * Whether an error (a Prisma error, a driver adapter error, or a GraphQL error wrapping one) means the database
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
    current = candidate.originalError ?? candidate.cause;
  }
  return false;
}
