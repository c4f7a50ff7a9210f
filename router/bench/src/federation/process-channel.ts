import { type ChildProcess, fork } from 'node:child_process';

interface Reply {
  id: number;
  value: unknown;
}

/**
 * A benchmark part in a process of its own (a gateway, the subgraphs), so that its CPU time is its own and it
 * competes with the load generator only for cores. `ready` is what the child sent when it started listening;
 * `ask` sends it a question by name and resolves with its answer.
 *
 * @example
 * const gateway = await forkPart<{ url: string }>(gatewayModule, ['vanilla', supergraphPath]);
 * const cpu = await gateway.ask<NodeJS.CpuUsage>('cpu');
 */
export async function forkPart<Ready>(modulePath: string, args: string[]) {
  const child: ChildProcess = fork(modulePath, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let asked = 0;
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.once('message', (message) => resolve(message as Ready));
    child.once('exit', (code) => reject(new Error(`${modulePath} ${args.join(' ')} exited with ${code}`)));
  });
  child.on('message', (message) => {
    const { id, value } = message as Reply;
    pending.get(id)?.resolve(value);
    pending.delete(id);
  });
  // A part that dies mid-run fails the questions it was asked instead of leaving the benchmark waiting.
  child.once('exit', (code) => {
    for (const { reject } of pending.values()) reject(new Error(`${modulePath} ${args.join(' ')} exited with ${code}`));
    pending.clear();
  });
  return {
    ready,
    ask<Answer>(question: string): Promise<Answer> {
      asked += 1;
      const id = asked;
      return new Promise<Answer>((resolve, reject) => {
        if (child.exitCode !== null) return reject(new Error(`${modulePath} ${args.join(' ')} has exited`));
        pending.set(id, { resolve: (value) => resolve(value as Answer), reject });
        child.send({ id, question });
      });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * The child's side of `forkPart`: reports `ready` to the parent, then answers its questions with `answers`.
 *
 * @example
 * answerParent({ url }, { cpu: () => process.cpuUsage() });
 */
export function answerParent(ready: unknown, answers: Record<string, () => unknown>) {
  process.on('message', (message) => {
    const { id, question } = message as { id: number; question: string };
    process.send?.({ id, value: answers[question]?.() ?? null });
  });
  process.on('SIGTERM', () => process.exit(0));
  process.send?.(ready);
}
