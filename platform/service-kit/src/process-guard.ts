import type { Logger } from 'pino';

/**
 * The last line of defence of a service process. A rejected promise nobody handled is a bug to log, not a
 * reason to drop every request in flight, so the process keeps serving. An exception that unwound the
 * whole stack may have left state half-changed: that one is logged and ends the process with code 70
 * (EX_SOFTWARE), for its supervisor to start a clean one.
 *
 * @example
 * guardProcess(logger);
 */
export function guardProcess(logger: Logger): void {
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'a promise was rejected and nothing handled it; still serving');
  });
  process.on('uncaughtException', (error, origin) => {
    logger.fatal({ err: error, origin }, 'uncaught exception; exiting for a clean restart');
    process.exit(70);
  });
}
