import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { portIsClosed, waitFor } from '../src/testing/index.js';
import { openConnection } from './support/raw-http.js';

const fixture = fileURLToPath(new URL('./support/held-request-service.mjs', import.meta.url));

/** Starts the fixture service and reads its stdout line by line. */
async function startService() {
  const child = spawn(process.execPath, [fixture], { stdio: ['pipe', 'pipe', 'inherit'] });
  const seen: string[] = [];
  let wake = () => {};
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
    seen.push(line);
    wake();
  });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  /** Resolves with the first line (not yet taken) that matches, waiting for it while the process runs. */
  const line = async (pattern: RegExp): Promise<RegExpExecArray> => {
    for (;;) {
      const index = seen.findIndex((text) => pattern.test(text));
      if (index >= 0) return pattern.exec(seen.splice(index, 1)[0] ?? '') as RegExpExecArray;
      if (child.exitCode !== null) throw new Error(`the service exited before printing ${pattern}: ${seen.join('\n')}`);
      await Promise.race([new Promise<void>((resolve) => (wake = resolve)), exited]);
    }
  };
  const port = Number((await line(/^listening (\d+)$/))[1]);
  return { child, port, line, exited, release: () => child.stdin?.write('release\n') };
}

const request = (method: string, path: string, body = '') =>
  `${method} ${path} HTTP/1.1\r\nHost: service\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`;

describe('a service process on SIGTERM', () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    if (child?.exitCode === null) child.kill('SIGKILL');
  });

  it('finishes the request in flight, refuses new connections, reports not-ready meanwhile and exits 0', async () => {
    const service = await startService();
    child = service.child;

    // A keep-alive connection that sits idle when the signal comes.
    const idle = await openConnection(service.port);
    await idle.write(request('GET', '/health/ready'));
    expect(await idle.response()).toMatchObject({ status: 200, body: '{"status":"ready"}' });

    const inFlight = await openConnection(service.port);
    await inFlight.write(request('POST', '/graphql', '{"query":"{ answer }"}'));
    await service.line(/^in flight$/);

    // A probe that has begun its request, but not finished it, when the signal comes.
    const probe = await openConnection(service.port);
    await probe.write('GET /health/ready HTTP/1.1\r\nHost: service\r\n');
    // Connections are read in the order they arrive: once a later one is answered, the probe's bytes were read.
    const later = await openConnection(service.port);
    await later.write(request('GET', '/health/live'));
    expect((await later.response()).status).toBe(200);

    service.child.kill('SIGTERM');
    await waitFor(() => portIsClosed(service.port));
    await idle.closed;

    await probe.write('\r\n');
    const notReady = await probe.response();
    expect(notReady).toMatchObject({ status: 503, body: '{"status":"draining"}' });
    expect(notReady.headers.connection).toBe('close');
    await probe.closed;

    expect(service.child.exitCode).toBeNull();
    service.release();
    const answer = await inFlight.response();
    expect(answer).toMatchObject({ status: 200, body: '{"data":{"answer":42}}' });
    // The client is told not to send anything more on a connection to a server that is going away.
    expect(answer.headers.connection).toBe('close');
    await inFlight.closed;

    await service.line(/^dependencies closed$/);
    expect(await service.exited).toEqual([0, null]);
  });
});
