import { connect } from 'node:net';

/** A response read off the socket: the status, the headers (lower-case names, repeated ones joined) and the body. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends `request` byte for byte over a new TCP connection, as `fetch` cannot (duplicate or conflicting framing
 * headers, absolute-form targets, bodies on GET), and resolves with the first response once it is complete.
 *
 * @example
 * ```ts
 * const res = await sendRaw(port, 'GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx');
 * expect(res.status).toBe(400);
 * ```
 */
export function sendRaw(port: number, request: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = Buffer.alloc(0);
    const bodiless = request.startsWith('HEAD ');
    const finish = (response: RawResponse) => {
      socket.destroy();
      resolve(response);
    };
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      const response = parse(received, false, bodiless);
      if (response) finish(response);
    });
    // A server that answers early may close before the whole request is written: the answer still counts.
    socket.on('error', () => {});
    socket.on('close', () => {
      const response = parse(received, true, bodiless);
      if (response) resolve(response);
      else reject(new Error(`connection closed without a complete response: ${JSON.stringify(received.toString())}`));
    });
    socket.write(request);
  });
}

function parse(bytes: Buffer, closed: boolean, bodiless: boolean): RawResponse | undefined {
  const headEnd = bytes.indexOf('\r\n\r\n');
  if (headEnd < 0) return undefined;
  const [statusLine = '', ...lines] = bytes.subarray(0, headEnd).toString('latin1').split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  const status = Number(statusLine.split(' ')[1]);
  const rest = bytes.subarray(headEnd + 4);
  if (bodiless) return { status, headers, body: '' };
  if (headers['transfer-encoding'] === 'chunked') {
    const body = dechunk(rest);
    return body === undefined ? undefined : { status, headers, body };
  }
  const length = headers['content-length'] === undefined ? undefined : Number(headers['content-length']);
  if (length !== undefined && rest.length >= length)
    return { status, headers, body: rest.subarray(0, length).toString() };
  return closed ? { status, headers, body: rest.toString() } : undefined;
}

function dechunk(bytes: Buffer): string | undefined {
  const chunks: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const lineEnd = bytes.indexOf('\r\n', offset);
    if (lineEnd < 0) return undefined;
    const size = Number.parseInt(bytes.subarray(offset, lineEnd).toString(), 16);
    if (size === 0) return Buffer.concat(chunks).toString();
    if (bytes.length < lineEnd + 2 + size + 2) return undefined;
    chunks.push(bytes.subarray(lineEnd + 2, lineEnd + 2 + size));
    offset = lineEnd + 2 + size + 2;
  }
}
