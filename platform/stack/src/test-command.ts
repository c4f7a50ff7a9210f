import { spawn } from 'node:child_process';
import { childExitCode } from './child-exit-code.js';
import type { Logger } from './output.js';

/** How long the command may take to stop after a signal before its processes are killed. */
const stopGraceMs = 10_000;

export interface RunningCommand {
  /** Resolves with the command's exit code once it ended, `127` when it could not be started. */
  exited: Promise<number>;
  /** Passes a signal on to the command and every process it started; kills them if they outlive the grace. */
  interrupt(signal: NodeJS.Signals): void;
}

/**
 * Runs the test command in a process group of its own with the launcher's output streams, so that the
 * launcher can stop it and everything it spawned (vitest workers, services under test) as one, before it
 * stops the servers they use. Whatever the command leaves running when it exits is stopped too.
 *
 * @example
 * const command = runTestCommand(['pnpm', '-r', 'test'], { ...process.env, TEST_REDIS_URL: url }, log);
 * process.on('SIGINT', () => command.interrupt('SIGINT'));
 * const code = await command.exited;
 */
export function runTestCommand(command: string[], env: NodeJS.ProcessEnv, log: Logger): RunningCommand {
  const [file = '', ...args] = command;
  // No stdin: a background process group that read from the terminal would be stopped by it.
  const child = spawn(file, args, { env, detached: true, stdio: ['ignore', 'inherit', 'inherit'] });
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // the group is already gone
    }
  };
  let killer: NodeJS.Timeout | undefined;
  const exited = new Promise<number>((resolve) => {
    child.once('error', (error) => {
      log.warn(`could not run ${file}: ${error.message}`);
      resolve(127);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(killer);
      signalGroup('SIGTERM');
      resolve(childExitCode(code, signal));
    });
  });
  return {
    exited,
    interrupt(signal) {
      signalGroup(signal);
      killer ??= setTimeout(() => signalGroup('SIGKILL'), stopGraceMs);
    },
  };
}
