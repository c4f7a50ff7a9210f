// @ts-check
/**
 * A strict HTTP/1.1 front for the local `wrangler dev`: Node's parser (never in its insecure mode) plus
 * `checkRequest` refuse malformed framing with a prompt 400 that names the problem, where workerd would answer a
 * plain 500, mis-frame or wait; everything well-formed is relayed to workerd unchanged (method, target, headers in
 * order, body streamed) and its answer streamed back. Cloudflare's own front end plays this part in production.
 *
 * @example
 * ```js
 * const front = await startStrictFront({ host: '127.0.0.1', port: 8787, upstreamPort: 41234 });
 * front.close();
 * ```
 */
import { Agent, createServer, request, STATUS_CODES } from 'node:http';
import { pipeline } from 'node:stream';
import { checkRequest } from './request-target.mjs';

/** @type {Record<string, [number, string, string]>} Node's parser error codes, as status, code and message. */
const PARSE_ERRORS = {
  HPE_UNEXPECTED_CONTENT_LENGTH: [
    400,
    'MALFORMED_REQUEST',
    'Content-Length must be one non-negative decimal number, sent once, and never with Transfer-Encoding.',
  ],
  HPE_INVALID_CONTENT_LENGTH: [
    400,
    'MALFORMED_REQUEST',
    'Content-Length must be one non-negative decimal number, sent once, and never with Transfer-Encoding.',
  ],
  HPE_INVALID_TRANSFER_ENCODING: [
    400,
    'MALFORMED_REQUEST',
    'Transfer-Encoding must be chunked, sent once, and never with Content-Length.',
  ],
  HPE_HEADER_OVERFLOW: [431, 'HEADERS_TOO_LARGE', 'The request headers are too large.'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'REQUEST_TIMEOUT', 'The request took too long to arrive.'],
};
/** The methods the site and the API use; workerd would answer others (TRACE, PROPFIND, …) with a plain 501. */
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
/** @type {[number, string, string]} */
const NOT_HTTP = [400, 'MALFORMED_REQUEST', 'The request is not well-formed HTTP/1.1.'];

/**
 * @param {{ host: string, port: number, upstreamPort: number }} options where to listen, and workerd's port on the
 *   same host
 * @returns {Promise<import('node:http').Server>} listening
 */
export async function startStrictFront({ host, port, upstreamPort }) {
  const agent = new Agent({ keepAlive: true });
  // A missing Host is refused by checkRequest, with the same JSON as every other refusal.
  const server = createServer({ requireHostHeader: false }, (req, res) => {
    if (!METHODS.includes(req.method ?? '')) {
      res.setHeader('allow', METHODS.join(', '));
      return refuse(res, 405, 'METHOD_NOT_ALLOWED', `The edge answers ${METHODS.join(', ')} only.`);
    }
    const checked = checkRequest(req);
    if ('refusal' in checked) return refuse(res, 400, 'MALFORMED_REQUEST', checked.refusal);
    const upstream = request({
      host,
      port: upstreamPort,
      method: req.method,
      path: checked.path,
      headers: req.rawHeaders,
      setHost: false,
      agent,
    });
    upstream.on('response', (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.rawHeaders);
      pipeline(answer, res, () => {});
    });
    // Once workerd has answered (a 413, say) it may stop reading: the rest of the body is then dropped, not an error.
    upstream.on('error', () => {
      if (!res.headersSent) refuse(res, 502, 'EDGE_UNAVAILABLE', 'The local edge (workerd) is not answering.');
      req.unpipe(upstream);
      req.resume();
    });
    // A client that goes away mid-exchange takes its upstream request with it.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  });
  server.on('clientError', (error, socket) => {
    // A parse error after an answer has started cannot get its own answer on the same connection.
    const errorCode = /** @type {{ code?: string }} */ (error).code ?? '';
    if (!socket.writable || errorCode === 'ECONNRESET') return socket.destroy();
    const [status, code, message] = PARSE_ERRORS[errorCode] ?? NOT_HTTP;
    const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
  server.on('connect', (_req, socket) => {
    socket.end(
      `HTTP/1.1 405 Method Not Allowed\r\nallow: ${METHODS.join(', ')}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n`,
    );
  });
  server.on('close', () => agent.destroy());
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server.off('error', reject)));
  });
  return server;
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} code
 * @param {string} message
 */
function refuse(res, status, code, message) {
  // The connection's framing cannot be trusted after a refusal, so it is closed rather than reused.
  res.writeHead(status, { 'content-type': 'application/json', connection: 'close' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
