import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The first complete response in `buffer` (bodies are sent with a content-length), and what follows it. */
function parseResponse(buffer: string): [RawResponse, string] | undefined {
  const end = buffer.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const [statusLine = '', ...lines] = buffer.slice(0, end).split('\r\n');
  const headers = Object.fromEntries(
    lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  const length = Number(headers['content-length'] ?? 0);
  if (buffer.length < end + 4 + length) return undefined;
  const body = buffer.slice(end + 4, end + 4 + length);
  return [{ status: Number(statusLine.split(' ')[1]), headers, body }, buffer.slice(end + 4 + length)];
}

/**
 * One HTTP/1.1 connection driven by hand, so that a test decides when each byte of a request is sent and
 * sees when the server closes the connection.
 *
 * @example
 * const connection = await openConnection(port);
 * await connection.write('GET /health/live HTTP/1.1\r\nHost: service\r\n\r\n');
 * const { status } = await connection.response();
 */
export async function openConnection(port: number) {
  const socket = connect(port, '127.0.0.1');
  socket.setEncoding('utf8');
  let buffer = '';
  let wake = () => {};
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    wake();
  });
  const closed = new Promise<void>((resolve) =>
    socket.once('close', () => {
      resolve();
      wake();
    }),
  );
  let failure: Error | undefined;
  socket.on('error', (error) => {
    failure = error;
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('close', () => reject(failure ?? new Error('the connection closed')));
  });
  return {
    write: (text: string) =>
      new Promise<void>((resolve, reject) => socket.write(text, (error) => (error ? reject(error) : resolve()))),
    async response(): Promise<RawResponse> {
      for (;;) {
        const parsed = parseResponse(buffer);
        if (parsed) {
          buffer = parsed[1];
          return parsed[0];
        }
        if (socket.destroyed) throw new Error(`the connection closed without a response: ${JSON.stringify(buffer)}`);
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
    /** Resolves when the server (or the test) has closed the connection. */
    closed,
    destroy: () => socket.destroy(),
  };
}
