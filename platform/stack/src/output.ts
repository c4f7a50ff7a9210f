/** The launcher's own messages, and the prefixed output of the processes it runs. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}

/**
 * Writes launcher messages to stderr, keeping stdout for what a script may want to read (the URL).
 * Debug lines appear only with `LOG_LEVEL=debug`; `name` tells whose they are (`pnpm start`'s stack, or
 * the test launcher).
 *
 * @example
 * const log = createStackLogger(false, 'test'); // "[test] PostgreSQL: embedded server on …"
 */
export function createStackLogger(verbose: boolean, name = 'stack'): Logger {
  return {
    info: (message) => process.stderr.write(`[${name}] ${message}\n`),
    warn: (message) => process.stderr.write(`[${name}] warning: ${message}\n`),
    debug: (message) => {
      if (verbose) process.stderr.write(`[${name}] ${message}\n`);
    },
  };
}
