// @ts-check
/**
 * Checks what workerd cannot be trusted to refuse cleanly in a request that Node's strict parser has accepted:
 * workerd answers a plain 500 to a second Host header, to a request target that is not a path (absolute form, `*`)
 * and to any Transfer-Encoding but `chunked`, before the worker can run.
 *
 * Returns the path to forward (the request's own, or the path of an absolute-form target whose authority is the
 * Host), or the reason to refuse it.
 *
 * @example
 * ```js
 * const checked = checkRequest(req);
 * if ('refusal' in checked) refuse(res, 400, 'MALFORMED_REQUEST', checked.refusal);
 * else forward(checked.path);
 * ```
 *
 * @param {import('node:http').IncomingMessage} req
 * @returns {{ path: string } | { refusal: string }}
 */
export function checkRequest(req) {
  const hosts = headerValues(req, 'host');
  if (hosts.length !== 1 || !hosts[0]) return { refusal: 'A request must carry exactly one Host header.' };
  const transferEncodings = headerValues(req, 'transfer-encoding');
  if (transferEncodings.some((value) => value.trim().toLowerCase() !== 'chunked')) {
    return { refusal: 'The only Transfer-Encoding accepted is chunked.' };
  }
  const target = req.url ?? '';
  if (target.startsWith('/')) return { path: target };
  const absolute = /^https?:\/\/([^/?#]*)(.*)$/i.exec(target);
  if (!absolute) return { refusal: 'The request target must be a path such as /graphql.' };
  const [, authority = '', rest = ''] = absolute;
  if (authority.toLowerCase() !== hosts[0].toLowerCase()) {
    return { refusal: 'The request target names another host than the Host header.' };
  }
  return { path: rest.startsWith('/') ? rest : `/${rest}` };
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {string} name lower-case header name
 */
function headerValues(req, name) {
  const values = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (req.rawHeaders[i]?.toLowerCase() === name) values.push(req.rawHeaders[i + 1] ?? '');
  }
  return values;
}
