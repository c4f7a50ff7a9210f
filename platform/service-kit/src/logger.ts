import { type Logger, pino } from 'pino';

export type { Logger } from 'pino';

/** Paths that may carry secrets; pino replaces their values before anything is written. */
const redactedPaths = [
  'password',
  '*.password',
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'req.headers.authorization',
  'variables.password',
  '*.variables.password',
];

/**
 * A JSON logger for one service, writing to stdout with secrets redacted.
 *
 * @example
 * const log = createLogger('catalog', 'info');
 * log.info({ port: 4001 }, 'listening');
 */
export function createLogger(service: string, level: string): Logger {
  return pino({ name: service, level, redact: { paths: redactedPaths, censor: '[redacted]' } });
}
