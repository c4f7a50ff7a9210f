// RFC 9110 §7.6.1 and RFC 2616's hop-by-hop list: they describe one connection, not the message, so a proxy must
// not pass them on.
const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
];
const TOKEN = /^[!#$%&'*+.^`|~\w-]+$/;

/** A mutable copy of `headers` without hop-by-hop headers, including any that `Connection` lists. */
export function withoutHopByHop(headers: Headers): Headers {
  const copy = new Headers(headers);
  const listed = (headers.get('connection') ?? '').split(',').map((name) => name.trim());
  // Headers.delete throws on an invalid name, and a client controls what Connection lists.
  for (const name of [...HOP_BY_HOP, ...listed.filter((name) => TOKEN.test(name))]) {
    copy.delete(name);
  }
  return copy;
}

/** The headers to send upstream: the client's, minus hop-by-hop ones, plus forwarding and request-id headers. */
export function upstreamHeaders(request: Request, requestId: string | undefined): Headers {
  const url = new URL(request.url);
  const headers = withoutHopByHop(request.headers);
  // The runtime sets Host from the origin's URL, so the public host travels in x-forwarded-host.
  headers.set('x-forwarded-host', url.host);
  headers.set('x-forwarded-proto', url.protocol.slice(0, -1));
  // Cloudflare sets cf-connecting-ip itself, so unlike a client-sent x-forwarded-for it cannot be forged.
  const clientIp = request.headers.get('cf-connecting-ip');
  if (clientIp) headers.set('x-forwarded-for', clientIp);
  if (requestId) headers.set('x-request-id', requestId);
  return headers;
}
