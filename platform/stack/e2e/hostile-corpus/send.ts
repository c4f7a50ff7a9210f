import { connect } from 'node:net';
import type { CorpusContext, HostileCase } from './corpus/index.js';

/** What came back for one hostile request, and how long it took. */
export interface Answer {
  status: number;
  body: string;
  ms: number;
}

/** The answer in `received` once it is complete (by Content-Length, chunked end, or nothing more to come), else null. */
function completeAnswer(received: string): { status: number; body: string } | null {
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(received)?.[1];
  const headEnd = received.indexOf('\r\n\r\n');
  if (!status || headEnd < 0) return null;
  const head = received.slice(0, headEnd).toLowerCase();
  const body = received.slice(headEnd + 4);
  const length = /\r\ncontent-length: *(\d+)/.exec(head)?.[1];
  if (length !== undefined)
    return Buffer.byteLength(body, 'latin1') >= Number(length) ? { status: Number(status), body } : null;
  if (/\r\ntransfer-encoding: *chunked/.test(head))
    return body.endsWith('0\r\n\r\n') ? { status: Number(status), body } : null;
  return null;
}

/** Writes raw bytes to a port and reads one HTTP answer: until it is complete, or until the peer closes. */
function sendRaw(port: number, bytes: string, timeoutMs: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const fail = (reason: string) => {
      socket.destroy();
      reject(new Error(`${reason}; received so far: ${JSON.stringify(received.slice(0, 200))}`));
    };
    const timer = setTimeout(() => fail(`no complete answer within ${timeoutMs} ms`), timeoutMs);
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      received += chunk;
      const answer = completeAnswer(received);
      if (answer) {
        clearTimeout(timer);
        socket.destroy();
        resolve(answer);
      }
    });
    socket.on('error', (error) => {
      // The peer may reset after answering a request it refused mid-body: what arrived still counts.
      if (!/^HTTP\/1\.[01] \d{3}/.test(received)) {
        clearTimeout(timer);
        fail(error.message);
      }
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(received)?.[1];
      if (status) resolve({ status: Number(status), body: received.slice(received.indexOf('\r\n\r\n') + 4) });
      else reject(new Error(`the connection closed without an HTTP answer: ${JSON.stringify(received.slice(0, 200))}`));
    });
    socket.write(bytes, 'latin1');
  });
}

/**
 * Sends one corpus request to the running system — through the edge, or to a subgraph's own port when the
 * case targets one — and times it. A request that gets no answer within `timeoutMs` is an error.
 */
export async function send(
  hostile: HostileCase,
  ports: Record<string, number>,
  context: CorpusContext,
  timeoutMs: number,
): Promise<Answer> {
  const request = typeof hostile.request === 'function' ? hostile.request(context) : hostile.request;
  const started = performance.now();
  if ('raw' in request) {
    const answer = await sendRaw(ports.EDGE as number, request.raw, timeoutMs);
    return { ...answer, ms: performance.now() - started };
  }
  const port = request.target ? ports[request.target.toUpperCase().replace('-', '_')] : ports.EDGE;
  const response = await fetch(`http://127.0.0.1:${port}${request.path ?? '/graphql'}`, {
    method: request.method ?? 'POST',
    headers: request.headers ?? {},
    ...(request.body !== undefined ? { body: request.body } : {}),
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = await response.text();
  return { status: response.status, body, ms: performance.now() - started };
}

type AnswerBody = {
  errors?: Array<{ extensions?: { code?: unknown } }>;
  data?: Record<string, { errors?: Array<{ code?: unknown }> } | null> | null;
};

/**
 * The code of the first GraphQL error in a JSON answer, or else of the first input error a mutation answered
 * with (`{ success: false, errors: [{ code }] }`, the mutation convention), if there is one.
 */
export function firstErrorCode(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as AnswerBody;
    const payloads = Object.values(parsed.data ?? {});
    const code =
      parsed.errors?.[0]?.extensions?.code ?? payloads.find((payload) => payload?.errors?.length)?.errors?.[0]?.code;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}
