import type { Server } from 'node:http';
import type { Logger } from 'pino';

export interface GracefulShutdownOptions {
  server: Server & { markDraining?: () => void };
  /** Closed in order after the server stops accepting requests (relays, pools, clients). */
  closers: Array<() => Promise<unknown>>;
  logger: Logger;
  /** Hard deadline after which the process exits anyway. */
  timeoutMs?: number;
  signals?: NodeJS.Signals[];
}

/**
 * On SIGTERM/SIGINT: report not-ready, stop accepting connections, let in-flight requests finish,
 * close dependencies, exit 0; exit 1 if that takes longer than `timeoutMs`.
 *
 * @example
 * handleShutdown({ server, closers: [() => relay.stop(), () => prisma.$disconnect()], logger });
 */
export function handleShutdown(options: GracefulShutdownOptions): void {
  const { server, closers, logger, timeoutMs = 10_000, signals = ['SIGTERM', 'SIGINT'] } = options;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error({ timeoutMs }, 'shutdown timed out');
      process.exit(1);
    }, timeoutMs).unref();
    server.markDraining?.();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    for (const close of closers) {
      try {
        await close();
      } catch (error) {
        logger.warn({ err: error }, 'a dependency did not close cleanly');
      }
    }
    logger.info('stopped');
    process.exit(0);
  };
  for (const signal of signals) process.once(signal, () => void stop(signal));
}
