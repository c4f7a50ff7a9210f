import { once } from 'node:events';
import { createConnection, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { forEachTarget, waitFor } from './redis-stand-in-harness.js';

// RESP2 on the wire, byte for byte, against a real Redis 7 server and against the stand-in: requests
// split across packets, pipelined requests, binary-safe bulks, and the protocol errors after which Redis
// closes the connection.
const RUN = `learngraph-stand-in-protocol:${process.pid}:${Date.now().toString(36)}`;

/** A request as clients send it: an array of bulk strings. */
const request = (...args: string[]) =>
  `*${args.length}\r\n${args.map((arg) => `$${arg.length}\r\n${arg}\r\n`).join('')}`;

/** A raw TCP connection that records every byte the server sends. */
class RawConnection {
  private received = Buffer.alloc(0);
  readonly closed: Promise<void>;

  private constructor(private readonly socket: Socket) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      this.received = Buffer.concat([this.received, chunk]);
    });
    this.closed = once(socket, 'close').then(() => undefined);
  }

  static async open(url: string): Promise<RawConnection> {
    const { hostname, port } = new URL(url);
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    await once(socket, 'connect');
    return new RawConnection(socket);
  }

  /** Writes `data` as one packet, once the previous one has left. */
  async write(data: string): Promise<void> {
    await new Promise((resolve) => this.socket.write(Buffer.from(data, 'latin1'), resolve));
  }

  /** Everything received so far, as latin1 text (one character per byte). */
  get text(): string {
    return this.received.toString('latin1');
  }

  /** Waits until `length` bytes have arrived, and returns everything received. */
  async receive(length: number): Promise<string> {
    await waitFor(`${length} bytes arrived`, async () => this.received.length >= length);
    return this.text;
  }

  destroy(): void {
    this.socket.destroy();
  }
}

await forEachTarget((server) => {
  let connections: RawConnection[] = [];
  let cleanup: RawConnection;
  const keys: string[] = [];

  beforeAll(async () => {
    cleanup = await RawConnection.open(server.url);
  });
  // Registered after the harness's hooks, so it runs before the stand-in stops.
  afterAll(async () => {
    await cleanup.write(request('DEL', ...keys));
    await cleanup.receive(3);
    cleanup.destroy();
  });
  afterEach(() => {
    for (const connection of connections) connection.destroy();
    connections = [];
  });

  const open = async () => {
    const connection = await RawConnection.open(server.url);
    connections.push(connection);
    return connection;
  };
  const key = (name: string) => {
    const key = `${RUN}:${server.target}:${name}`;
    keys.push(key);
    return key;
  };
  /** Sends `data` and expects exactly `reply`, after which the server closes the connection. */
  const expectClosedAfter = async (data: string, reply: string) => {
    const connection = await open();
    await connection.write(data);
    await connection.closed;
    expect(connection.text).toBe(reply);
  };

  test('a request split across packets, byte by byte or between CR and LF, is answered once it is whole', async () => {
    const connection = await open();
    for (const byte of request('PING', 'hello')) await connection.write(byte);
    await connection.write(request('PING', 'again').slice(0, -1));
    await connection.write('\n');
    const expected = '$5\r\nhello\r\n$5\r\nagain\r\n';
    expect(await connection.receive(expected.length)).toBe(expected);
  });

  test('requests pipelined in one write are answered in order, and empty arrays are skipped', async () => {
    const connection = await open();
    await connection.write([request('PING'), '*0\r\n', request('PING', 'x'), '*-1\r\n', request('PING')].join(''));
    const expected = '+PONG\r\n$1\r\nx\r\n+PONG\r\n';
    expect(await connection.receive(expected.length)).toBe(expected);
  });

  test('bulk strings are binary-safe', async () => {
    const connection = await open();
    const stream = key('binary');
    const value = 'a\r\nb\0c\xff\xfe';
    await connection.write(request('XADD', stream, '1-1', 'f', value) + request('XRANGE', stream, '-', '+'));
    const expected = `$3\r\n1-1\r\n*1\r\n*2\r\n$3\r\n1-1\r\n*2\r\n$1\r\nf\r\n$${value.length}\r\n${value}\r\n`;
    expect(await connection.receive(expected.length)).toBe(expected);
  });

  test('a blocked client’s later requests wait for the blocking read to finish', async () => {
    const connection = await open();
    const stream = key('blocked');
    await connection.write(
      request('XGROUP', 'CREATE', stream, 'g', '$', 'MKSTREAM') +
        request('XREADGROUP', 'GROUP', 'g', 'c', 'BLOCK', '50', 'STREAMS', stream, '>') +
        request('PING'),
    );
    const expected = '+OK\r\n*-1\r\n+PONG\r\n';
    expect(await connection.receive(expected.length)).toBe(expected);
  });

  test('malformed requests are answered with a protocol error, then the connection is closed', async () => {
    await expectClosedAfter(
      `${request('PING')}*1\r\n+foo\r\n${request('PING')}`,
      "+PONG\r\n-ERR Protocol error: expected '$', got '+'\r\n",
    );
    await expectClosedAfter('*1x\r\n', '-ERR Protocol error: invalid multibulk length\r\n');
    await expectClosedAfter('*1\r\n$-1\r\n', '-ERR Protocol error: invalid bulk length\r\n');
    await expectClosedAfter('*1\r\n$x\r\n', '-ERR Protocol error: invalid bulk length\r\n');
  });

  test('lengths are limited as Redis limits them: 2^31-1 arguments, 512 MB bulks, 64 KB count lines', async () => {
    await expectClosedAfter('*2147483648\r\n', '-ERR Protocol error: invalid multibulk length\r\n');
    await expectClosedAfter('*1\r\n$536870913\r\n', '-ERR Protocol error: invalid bulk length\r\n');
    await expectClosedAfter(`*${'1'.repeat(70_000)}`, '-ERR Protocol error: too big mbulk count string\r\n');
    await expectClosedAfter(`*1\r\n$${'1'.repeat(70_000)}`, '-ERR Protocol error: too big bulk count string\r\n');
  });
});
