import { ConfigError, getConfig } from './config';

/** Ends the server process with a message naming the wrong variable when the configuration is invalid. */
export function exitOnInvalidConfig(): void {
  try {
    getConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // Next only logs what instrumentation throws and keeps serving, hence the explicit exit.
    console.error(`Configuration error: ${error.message}`);
    process.exit(1);
  }
}
