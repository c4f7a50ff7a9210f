import { setTimeout as sleep } from 'node:timers/promises';
import { testRedisUrl } from '@learngraph/service-kit/testing';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe } from 'vitest';
import { type RedisStandIn, startRedisStandIn } from '../src/redis-stand-in/index.js';

// What the stand-in's parity suites share: the two servers every test runs against (a real Redis and
// the stand-in), keys of each test's own, and bounded waits for what another connection does.

/** The Redis server the parity suites compare the stand-in with, as `pnpm test` gives it. */
export const TEST_REDIS_URL = testRedisUrl();

/** The field only the stand-in's `INFO server` carries. */
const STAND_IN_MARK = /^learngraph_redis_stand_in:/m;

export type Target = 'redis' | 'stand-in';

/** Where one half of a suite runs; `url` is known once the suite's `beforeAll` has run. */
export interface TargetServer {
  readonly target: Target;
  readonly url: string;
}

/**
 * Why the half of a suite that runs against `TEST_REDIS_URL` must be skipped: when no redis-server is
 * installed, the test launcher serves that URL with the stand-in, and the suite would compare the
 * stand-in with itself. `undefined` when the server there is a real Redis.
 */
async function realRedisSkipReason(): Promise<string | undefined> {
  const client = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await client.connect();
    if (!STAND_IN_MARK.test(await client.info('server'))) return undefined;
    const reason = 'it is the stand-in itself, so there is no real Redis to compare with';
    // Said once per file as well as in the suite title, which only the verbose reporter prints.
    console.warn(`skipping the tests against ${TEST_REDIS_URL}: ${reason}`);
    return reason;
  } finally {
    client.disconnect();
  }
}

/**
 * Defines the same tests twice, against the real Redis and against a stand-in started for the file.
 * The real half is skipped, visibly, when the server there is the stand-in.
 */
export async function forEachTarget(define: (server: TargetServer) => void): Promise<void> {
  const skipReason = await realRedisSkipReason();
  for (const target of ['redis', 'stand-in'] as const) {
    const title = target === 'stand-in' ? 'stand-in' : `redis at ${TEST_REDIS_URL}`;
    const skipped = target === 'redis' ? skipReason : undefined;
    describe.skipIf(skipped !== undefined)(skipped ? `${title} (skipped: ${skipped})` : title, () => {
      let standIn: RedisStandIn | undefined;
      const server = { target, url: TEST_REDIS_URL };
      beforeAll(async () => {
        if (target === 'stand-in') standIn = await startRedisStandIn();
        server.url = standIn?.url ?? TEST_REDIS_URL;
      });
      afterAll(async () => {
        await standIn?.close();
      });
      define(server);
    });
  }
}

/** The error message a command fails with; fails the test if the command succeeds. */
export const failure = (reply: Promise<unknown>) =>
  reply.then(
    (value) => {
      throw new Error(`expected an error reply, got ${JSON.stringify(value)}`);
    },
    (error: Error) => error.message,
  );

/** Polls `condition` every few milliseconds until it holds, for at most `timeoutMs`. */
export async function waitFor(what: string, condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(10);
  }
}

/** What a parity test works with on its server. */
export interface ParityContext {
  readonly target: Target;
  /** The server's URL, once the suite has started. */
  readonly url: string;
  /** A fresh connection (to database `db`), closed after the test. */
  connect(db?: number): Promise<Redis>;
  /** A key of this test's own, unique across runs and servers, deleted after the test. */
  key(name: string, db?: number): string;
  /** The CLIENT LIST line of the connection named `name`, while it is connected. */
  clientLine(name: string): Promise<string | undefined>;
  /**
   * Sends a blocking command on `client` under a fresh connection name, and resolves once the server
   * lists the client as blocked, so that a write made next is known to arrive while the read waits.
   */
  blockedCall(client: Redis, command: readonly string[]): Promise<{ name: string; reply: Promise<unknown> }>;
}

/**
 * Defines a parity suite: `define` registers tests with the context of each server. Nothing is flushed
 * on the real server, which other test runs share: every key is the test's own and deleted afterwards.
 */
export async function paritySuite(file: string, define: (context: ParityContext) => void): Promise<void> {
  const run = `learngraph-stand-in-${file}-${process.pid}-${Date.now().toString(36)}`;
  await forEachTarget((server) => {
    let testNumber = 0;
    let blockedNumber = 0;
    let keys: { db: number; key: string }[] = [];
    let clients: Redis[] = [];
    let admin: Redis | undefined;
    beforeAll(() => {
      admin = new Redis(server.url, { maxRetriesPerRequest: 0 });
    });
    afterAll(() => {
      admin?.disconnect();
    });
    beforeEach(() => {
      testNumber++;
    });
    afterEach(async () => {
      for (const client of clients) client.disconnect();
      for (const { db, key } of keys) {
        await admin?.select(db);
        await admin?.del(key);
      }
      await admin?.select(0);
      keys = [];
      clients = [];
    });
    const clientLine = async (name: string) =>
      String(await admin?.call('CLIENT', 'LIST'))
        .split('\n')
        .find((line) => line.includes(` name=${name} `));
    define({
      target: server.target,
      get url() {
        return server.url;
      },
      async connect(db = 0) {
        const client = new Redis(server.url, { db, lazyConnect: true, maxRetriesPerRequest: 0 });
        clients.push(client);
        await client.connect();
        return client;
      },
      key(name, db = 0) {
        const key = `${run}:${server.target}:${testNumber}:${name}`;
        keys.push({ db, key });
        return key;
      },
      clientLine,
      async blockedCall(client, command) {
        const name = `${run}-${server.target}-blocked-${++blockedNumber}`;
        await client.call('CLIENT', 'SETNAME', name);
        const reply = client.call(...(command as [string, ...string[]]));
        // Each test awaits the reply itself; this only keeps an early rejection from being reported twice.
        reply.catch(() => {});
        await waitFor(`${command[0]} blocks`, async () => /^.* flags=\S*b/.test((await clientLine(name)) ?? ''));
        return { name, reply };
      },
    });
  });
}
