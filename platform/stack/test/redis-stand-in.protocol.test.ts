import { once } from 'node:events';
import { createConnection, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { realRedisSkipReason, type Target, targetServer, targetTitle } from './redis-stand-in-targets.js';

// RESP2 on the wire, byte for byte, against a real Redis 7 server and against the stand-in: partial
// and pipelined frames, inline commands, and the protocol errors after which Redis closes the connection.
const RUN = `learngraph-stand-in-protocol:${process.pid}:${Date.now().toString(36)}`;
const skipReason = await realRedisSkipReason();

/** A raw TCP connection that records every byte the server sends. */
class RawConnection {
  private received = Buffer.alloc(0);
  readonly closed: Promise<void>;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.received = Buffer.concat([this.received, chunk]);
    });
    this.closed = once(socket, 'close').then(() => undefined);
  }

  static async open(host: string, port: number): Promise<RawConnection> {
    const socket = createConnection({ host, port });
    await once(socket, 'connect');
    return new RawConnection(socket);
  }

  write(data: string): void {
    this.socket.write(Buffer.from(data, 'latin1'));
  }

  /** Everything received so far, as latin1 text (one character per byte). */
  get text(): string {
    return this.received.toString('latin1');
  }

  /** Waits until at least `length` bytes have arrived. */
  async receive(length: number): Promise<string> {
    while (this.received.length < length) await sleep(5);
    return this.text;
  }

  destroy(): void {
    this.socket.destroy();
  }
}

const suite = (target: Target) => {
  const server = targetServer(target);
  let host = '';
  let port = 0;
  let connections: RawConnection[] = [];

  beforeAll(async () => {
    await server.start();
    const url = new URL(server.url);
    host = url.hostname;
    port = Number(url.port || 6379);
  });
  afterAll(async () => {
    await server.stop();
  });
  afterEach(() => {
    for (const connection of connections) connection.destroy();
    connections = [];
  });

  const open = async () => {
    const connection = await RawConnection.open(host, port);
    connections.push(connection);
    return connection;
  };
  /** Sends `request` and expects exactly `reply`, after which the server closes the connection. */
  const expectClosedAfter = async (request: string, reply: string) => {
    const connection = await open();
    connection.write(request);
    await connection.closed;
    expect(connection.text).toBe(reply);
  };

  test('a command sent one byte at a time is answered once, when its last byte arrives', async () => {
    const connection = await open();
    const request = '*2\r\n$4\r\nECHO\r\n$5\r\nhello\r\n';
    for (const byte of request.slice(0, -1)) {
      connection.write(byte);
      await sleep(1);
    }
    await sleep(50);
    expect(connection.text).toBe('');
    connection.write('\n');
    expect(await connection.receive(11)).toBe('$5\r\nhello\r\n');
  });

  test('a command whose last CRLF comes in a later packet is answered only then', async () => {
    const connection = await open();
    connection.write('*2\r\n$4\r\nECHO\r\n$5\r\nhello');
    await sleep(50);
    connection.write('\r');
    await sleep(50);
    expect(connection.text).toBe('');
    connection.write('\n');
    expect(await connection.receive(11)).toBe('$5\r\nhello\r\n');
  });

  test('requests pipelined in one write are answered in order, multibulk and inline alike', async () => {
    const connection = await open();
    connection.write(
      [
        'PING\r\n',
        '*2\r\n$4\r\nECHO\r\n$3\r\nabc\r\n',
        'ECHO "x\\x41\\ty"\r\n',
        '\r\n',
        '*0\r\n',
        "ECHO 'it\\'s'\n",
        '*1\r\n$4\r\nPING\r\n',
      ].join(''),
    );
    const expected = "+PONG\r\n$3\r\nabc\r\n$4\r\nxA\ty\r\n$4\r\nit's\r\n+PONG\r\n";
    expect(await connection.receive(expected.length)).toBe(expected);
  });

  test('bulk strings are binary-safe', async () => {
    const connection = await open();
    const key = `${RUN}:${target}:binary`;
    const value = 'a\r\nb\0c\xff\xfe';
    const bulk = (text: string) => `$${text.length}\r\n${text}\r\n`;
    connection.write(`*3\r\n${bulk('SET')}${bulk(key)}${bulk(value)}*2\r\n${bulk('GET')}${bulk(key)}`);
    connection.write(`*2\r\n${bulk('DEL')}${bulk(key)}`);
    const expected = `+OK\r\n${bulk(value)}:1\r\n`;
    expect(await connection.receive(expected.length)).toBe(expected);
  });

  test('a blocked client’s later requests wait for the blocking read to finish', async () => {
    const connection = await open();
    const key = `${RUN}:${target}:blocked`;
    connection.write(`XREAD BLOCK 100 STREAMS ${key} $\r\nPING\r\n`);
    await sleep(40);
    expect(connection.text).toBe('');
    expect(await connection.receive(12)).toBe('*-1\r\n+PONG\r\n');
  });

  test('malformed frames are answered with a protocol error and the connection is closed', async () => {
    await expectClosedAfter(
      'PING\r\n*1\r\n+foo\r\nPING\r\n',
      "+PONG\r\n-ERR Protocol error: expected '$', got '+'\r\n",
    );
    await expectClosedAfter('*1x\r\n', '-ERR Protocol error: invalid multibulk length\r\n');
    await expectClosedAfter('*1\r\n$-1\r\n', '-ERR Protocol error: invalid bulk length\r\n');
    await expectClosedAfter('*1\r\n$x\r\n', '-ERR Protocol error: invalid bulk length\r\n');
    await expectClosedAfter('SET "a\r\n', '-ERR Protocol error: unbalanced quotes in request\r\n');
    await expectClosedAfter('ECHO "a"b\r\n', '-ERR Protocol error: unbalanced quotes in request\r\n');
  });

  test('lengths are limited as Redis limits them: 2^31-1 arguments, 512 MB bulks, 64 KB lines', async () => {
    await expectClosedAfter('*2147483648\r\n', '-ERR Protocol error: invalid multibulk length\r\n');
    await expectClosedAfter('*1\r\n$536870913\r\n', '-ERR Protocol error: invalid bulk length\r\n');
    await expectClosedAfter('a'.repeat(70_000), '-ERR Protocol error: too big inline request\r\n');
    await expectClosedAfter(`*${'1'.repeat(70_000)}`, '-ERR Protocol error: too big mbulk count string\r\n');
    await expectClosedAfter(`*1\r\n$${'1'.repeat(70_000)}`, '-ERR Protocol error: too big bulk count string\r\n');
    // At the limits themselves the server just waits for the rest of the request.
    const atLimits = await open();
    atLimits.write('*2147483647\r\n$536870912\r\n');
    await sleep(100);
    expect(atLimits.text).toBe('');
  });

  test('a RESP2 subscriber may only (un)subscribe, PING and QUIT', async () => {
    const connection = await open();
    const channel = `${RUN}:${target}:channel`;
    connection.write(`SUBSCRIBE ${channel}\r\nGET x\r\nPING\r\nPING hi\r\nUNSUBSCRIBE\r\nUNSUBSCRIBE\r\nQUIT\r\n`);
    await connection.closed;
    expect(connection.text).toBe(
      [
        `*3\r\n$9\r\nsubscribe\r\n$${channel.length}\r\n${channel}\r\n:1\r\n`,
        "-ERR Can't execute 'get': only (P|S)SUBSCRIBE / (P|S)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context\r\n",
        '*2\r\n$4\r\npong\r\n$0\r\n\r\n',
        '*2\r\n$4\r\npong\r\n$2\r\nhi\r\n',
        `*3\r\n$11\r\nunsubscribe\r\n$${channel.length}\r\n${channel}\r\n:0\r\n`,
        '*3\r\n$11\r\nunsubscribe\r\n$-1\r\n:0\r\n',
        '+OK\r\n',
      ].join(''),
    );
  });
};

describe.skipIf(skipReason !== undefined)(targetTitle('redis', skipReason), () => suite('redis'));
describe(targetTitle('stand-in'), () => suite('stand-in'));
