import { constants } from 'node:os';

/**
 * The exit code a shell would report for a child process: its own code, or 128 + the signal's number
 * when a signal ended it (130 for SIGINT), so that a wrapper passes on exactly what happened.
 *
 * @example
 * child.on('exit', (code, signal) => process.exit(childExitCode(code, signal)));
 */
export function childExitCode(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  return 128 + (signal ? constants.signals[signal] : 0);
}
