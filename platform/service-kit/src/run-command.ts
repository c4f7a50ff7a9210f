/**
 * An error message as one line: Prisma opens its messages with the call that failed ("Invalid
 * `prisma.platform.findMany()` invocation:") and blank lines before the reason, which is what a person
 * at the terminal needs.
 */
const oneLine = (message: string) =>
  message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^Invalid `.*` invocation:?$/.test(line))
    .join(' ');

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
      console.error(`${name}: ${oneLine(error instanceof Error ? error.message : String(error))}`);
      process.exitCode = 1;
    },
  );
}
