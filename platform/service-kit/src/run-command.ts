/**
 * Runs a command-line program's `main` and sets the exit code it returns. Whatever stops it (bad options,
 * a malformed file, an unreachable database) is reported as one line prefixed with the command's name:
 * a stack trace would not help the person at the terminal.
 *
 * @example
 * runCommand('etl', () => main(process.argv.slice(2)));
 */
export function runCommand(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
