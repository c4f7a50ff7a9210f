/** The launcher's own messages, and the prefixed output of the processes it runs. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}

/**
 * Writes launcher messages to stderr, keeping stdout for what a script may want to read (the URL).
 * Debug lines appear only with `LOG_LEVEL=debug`.
 */
export function createStackLogger(verbose: boolean): Logger {
  return {
    info: (message) => process.stderr.write(`[stack] ${message}\n`),
    warn: (message) => process.stderr.write(`[stack] warning: ${message}\n`),
    debug: (message) => {
      if (verbose) process.stderr.write(`[stack] ${message}\n`);
    },
  };
}
