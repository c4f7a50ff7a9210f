import { describe, expect, it } from 'vitest';
import { useDevServer } from './support/fixtures';
import { type RawResponse, sendRaw } from './support/raw-http';

const QUERY = '{"query":"{ __typename }"}';

function errorCode(res: RawResponse): unknown {
  return JSON.parse(res.body).errors[0].extensions.code;
}

describe('the local edge (scripts/dev.mjs) refuses malformed requests promptly, before any origin', () => {
  const stack = useDevServer();

  function send(head: string, body = ''): Promise<RawResponse> {
    return sendRaw(stack.dev.port, `${head.replaceAll('\n', '\r\n')}\r\n\r\n${body}`);
  }

  function expectRefused(res: RawResponse, status: number, code: string): void {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(errorCode(res)).toBe(code);
    expect(res.body).not.toMatch(/\bat \S+:\d+|kj\/|\.c\+\+/);
    expect(stack.router.received).toHaveLength(0);
    expect(stack.web.received).toHaveLength(0);
  }

  it.each([
    ['sent twice with the same value', 'Content-Length: 26\nContent-Length: 26'],
    ['sent twice with different values', 'Content-Length: 26\nContent-Length: 2'],
    ['a list', 'Content-Length: 26, 26'],
    ['signed', 'Content-Length: +26'],
    ['negative', 'Content-Length: -1'],
    ['not a number', 'Content-Length: twenty-six'],
  ])('answers 400 MALFORMED_REQUEST to a Content-Length %s', async (_, contentLength) => {
    const res = await send(`POST /graphql HTTP/1.1\nHost: edge\n${contentLength}`, QUERY);

    expectRefused(res, 400, 'MALFORMED_REQUEST');
  });

  it.each([
    ['a chunked body', `1a\r\n${QUERY}\r\n0\r\n\r\n`],
    ['a body framed by its length only', QUERY],
  ])('answers 400 MALFORMED_REQUEST to Content-Length together with Transfer-Encoding, with %s', async (_, body) => {
    const res = await send('POST /graphql HTTP/1.1\nHost: edge\nContent-Length: 26\nTransfer-Encoding: chunked', body);

    expectRefused(res, 400, 'MALFORMED_REQUEST');
  });

  it.each(['gzip, chunked', 'identity'])('answers 400 MALFORMED_REQUEST to Transfer-Encoding: %s', async (coding) => {
    const res = await send(`POST /graphql HTTP/1.1\nHost: edge\nTransfer-Encoding: ${coding}`, '0\r\n\r\n');

    expectRefused(res, 400, 'MALFORMED_REQUEST');
  });

  it.each([
    ['a chunked body', 'GET /graphql', 'Transfer-Encoding: chunked', '3\r\nabc\r\n0\r\n\r\n'],
    ['a Content-Length body', 'GET /graphql', 'Content-Length: 3', 'abc'],
    ['a body, on a web path', 'GET /resources', 'Transfer-Encoding: chunked', '3\r\nabc\r\n0\r\n\r\n'],
  ])(
    'answers a GET with %s 400 BODY_NOT_ALLOWED, not 502 as if the origin were down',
    async (_, line, framing, body) => {
      const res = await send(`${line} HTTP/1.1\nHost: edge\n${framing}`, body);

      expect(res.status).toBe(400);
      expect(res.body).toContain('A GET request cannot have a body.');
      expect(stack.router.received).toHaveLength(0);
      expect(stack.web.received).toHaveLength(0);
    },
  );

  it('answers a HEAD with a body 400, not 503 as if the web origin were down', async () => {
    const res = await send('HEAD / HTTP/1.1\nHost: edge\nContent-Length: 3', 'abc');

    expect(res.status).toBe(400);
    expect(stack.web.received).toHaveLength(0);
  });

  it('answers 400 MALFORMED_REQUEST to an absolute-form target naming another host than Host', async () => {
    const res = await send('POST http://evil.example/graphql HTTP/1.1\nHost: edge\nContent-Length: 26', QUERY);

    expectRefused(res, 400, 'MALFORMED_REQUEST');
  });

  it('serves an absolute-form target naming its own Host as the path it names', async () => {
    const res = await send(`POST http://edge/graphql?op=A HTTP/1.1\nHost: edge\nContent-Length: 26`, QUERY);

    expect(res.status).toBe(200);
    expect(stack.router.received.map((request) => request.url)).toEqual(['/graphql?op=A']);
  });

  it.each([
    ['two Host headers', 'GET / HTTP/1.1\nHost: edge\nHost: evil.example'],
    ['no Host header', 'GET / HTTP/1.1'],
    ['the asterisk target', 'OPTIONS * HTTP/1.1\nHost: edge'],
    ['a folded header line', 'GET / HTTP/1.1\nHost: edge\nX-Note: one\n  two'],
    ['whitespace before a header colon', 'GET / HTTP/1.1\nHost: edge\nX-Note : one'],
  ])('answers 400 MALFORMED_REQUEST to %s', async (_, head) => {
    const res = await send(head);

    expectRefused(res, 400, 'MALFORMED_REQUEST');
  });

  it('answers 400 MALFORMED_REQUEST to lines ended by a bare LF', async () => {
    const res = await sendRaw(stack.dev.port, `POST /graphql HTTP/1.1\nHost: edge\nContent-Length: 26\n\n${QUERY}`);

    expectRefused(res, 400, 'MALFORMED_REQUEST');
  });

  it('answers CONNECT 405: the edge is no tunnel', async () => {
    const res = await send('CONNECT evil.example:443 HTTP/1.1\nHost: evil.example:443');

    expect(res.status).toBe(405);
    expect(stack.router.received).toHaveLength(0);
    expect(stack.web.received).toHaveLength(0);
  });

  it.each(['TRACE', 'PROPFIND', 'PURGE'])('answers %s 405 METHOD_NOT_ALLOWED, not a plain 501', async (method) => {
    const res = await send(`${method} /graphql HTTP/1.1\nHost: edge\nContent-Length: 0`);

    expectRefused(res, 405, 'METHOD_NOT_ALLOWED');
    expect(res.headers.allow).toBe('GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS');
  });

  it.each([
    ['declared by Content-Length', (body: string) => `Content-Length: ${body.length}\r\n\r\n${body}`],
    [
      'chunked',
      (body: string) => `Transfer-Encoding: chunked\r\n\r\n${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`,
    ],
  ])('answers a 1.1 MB body %s with its own 413 PAYLOAD_TOO_LARGE, forwarding nothing', async (_, frame) => {
    const body = JSON.stringify({ query: `{ __typename }${' '.repeat(1_100_000)}` });
    const res = await sendRaw(stack.dev.port, `POST /graphql HTTP/1.1\r\nHost: edge\r\n${frame(body)}`);

    expectRefused(res, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('answers 404 NOT_FOUND to /%67raphql instead of passing it to the router', async () => {
    const res = await send('POST /%67raphql HTTP/1.1\nHost: edge\nContent-Length: 26', QUERY);

    expectRefused(res, 404, 'NOT_FOUND');
  });

  it('still serves well-formed requests, chunked ones included', async () => {
    const res = await send(
      'POST /graphql HTTP/1.1\nHost: edge\nTransfer-Encoding: chunked',
      `1a\r\n${QUERY}\r\n0\r\n\r\n`,
    );

    expect(res.status).toBe(200);
    expect(res.body).toBe('router POST /graphql');
    expect(stack.router.received[0]?.body).toBe(QUERY);
  });
});
