import { gql, type HostileCase } from './hostile-case.js';

const category = 'The edge: framing, paths and sizes';
const body = '{"query":"{ __typename }"}';
const raw = (head: string, payload = '') => ({ raw: `${head}\r\n\r\n${payload}` });
const postHead = (extra: string) =>
  `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: close\r\n${extra}`;

const framing: HostileCase[] = [
  ['a duplicate Content-Length', `Content-Length: ${body.length}\r\nContent-Length: ${body.length}`, body],
  ['a Content-Length list', `Content-Length: ${body.length}, ${body.length}`, body],
  ['a negative Content-Length', 'Content-Length: -1', body],
  ['a Content-Length with a sign', `Content-Length: +${body.length}`, body],
  ['a Content-Length that is not a number', 'Content-Length: twenty', body],
  [
    'Content-Length together with Transfer-Encoding',
    `Content-Length: ${body.length}\r\nTransfer-Encoding: chunked`,
    `${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`,
  ],
  ['a Transfer-Encoding that is not chunked', 'Transfer-Encoding: gzip', body],
  ['a chunk size that is not hexadecimal', 'Transfer-Encoding: chunked', `zz\r\n${body}\r\n0\r\n\r\n`],
].map(([what, headers, payload]) => ({
  name: `${what}`,
  category,
  request: raw(postHead(headers as string), payload),
  expect: { status: [400, 413] },
}));

const targets: HostileCase[] = [
  ['an absolute-form request target for another host', 'POST http://evil.example/graphql HTTP/1.1'],
  ['an authority-form request target', 'CONNECT evil.example:443 HTTP/1.1'],
  ['an asterisk-form request target on POST', 'POST * HTTP/1.1'],
].map(([what, line]) => ({
  name: what as string,
  category,
  request: raw(
    `${line}\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close`,
    body,
  ),
  expect: { status: [400, 404, 405, 501] },
}));

const apiLookalikes: HostileCase[] = [
  '/%67raphql',
  '/graphql/',
  '//graphql',
  '/GRAPHQL',
  '/graphql%2F',
  '/graphql;x',
  '/%2567raphql',
].map((path) => ({
  name: `POST ${path}, which must not reach the router`,
  category,
  request: { method: 'POST', path, headers: { 'content-type': 'application/json' }, body },
  expect: { status: [404, 405] },
}));

/** What the edge itself must refuse or answer before any origin is bothered. */
export const edge: HostileCase[] = [
  ...framing,
  ...targets,
  ...apiLookalikes,
  {
    name: 'a 1.1 MB GraphQL body',
    category,
    request: {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: `{"query":"{ __typename }","x":"${'x'.repeat(1_100_000)}"}`,
    },
    expect: { status: 413, code: 'PAYLOAD_TOO_LARGE' },
  },
  {
    name: 'a 1.1 MB chunked GraphQL body with no Content-Length',
    category,
    request: raw(postHead('Transfer-Encoding: chunked'), `10c8e0\r\n${'x'.repeat(0x10c8e0)}\r\n0\r\n\r\n`),
    expect: { status: 413 },
  },
  {
    name: 'a 2 MB form post to a web page',
    category,
    request: {
      method: 'POST',
      path: '/',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `a=${'x'.repeat(2_000_000)}`,
    },
    expect: { status: 413 },
  },
  {
    name: 'a GET with a body',
    category,
    request: raw(
      'GET /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nTransfer-Encoding: chunked',
      `${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`,
    ),
    expect: { status: 400 },
  },
  {
    name: 'a query string of 100,000 characters',
    category,
    request: { method: 'GET', path: `/graphql?query=${'%7B'.repeat(1)}${'a'.repeat(100_000)}` },
    expect: { status: [400, 414, 431] },
  },
  {
    name: 'a header of 60 KB',
    category,
    request: { method: 'GET', path: '/', headers: { 'x-padding': 'x'.repeat(60_000) } },
    expect: { status: [200, 400, 431] },
  },
  {
    name: 'a request id full of control characters, which must not be echoed',
    category,
    request: gql('{ __typename }', {}, { headers: { 'x-request-id': 'a\tb<script>' } }),
    expect: { status: 200, without: ['<script>'] },
  },
  {
    name: 'a path climbing out of the site',
    category,
    request: raw('GET /../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close'),
    expect: { status: [200, 400, 404] },
  },
  {
    name: 'a percent-encoded NUL in the path',
    category,
    request: { method: 'GET', path: '/resources/%00' },
    expect: { status: [400, 404] },
  },
  {
    name: 'an HTTP/1.0 request without Host',
    category,
    request: raw('GET / HTTP/1.0\r\nConnection: close'),
    expect: { status: [200, 400] },
  },
  {
    name: 'an unknown method',
    category,
    request: raw('BREW /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close'),
    expect: { status: [400, 405] },
  },
  {
    name: 'a TRACE, which would echo the request back',
    category,
    request: raw('TRACE /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close'),
    expect: { status: 405 },
  },
];
