import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What an origin saw of one request. */
export interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP origin on 127.0.0.1 that records each request and replies with `answer` (replaceable per test). */
export interface Origin {
  url: string;
  received: Received[];
  answer: (request: Received, response: ServerResponse) => void;
  /** Forgets what was received and restores the default answer. */
  reset: () => void;
  close: () => Promise<void>;
}

/**
 * Starts a recording origin on an ephemeral port; by default it answers 200 with `<name> <method> <url>`.
 *
 * @example
 * ```ts
 * const web = await startOrigin('web');
 * web.answer = (_, res) => res.writeHead(307, { location: '/login' }).end();
 * ```
 */
export async function startOrigin(name: string): Promise<Origin> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = Buffer.concat(chunks).toString();
    const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
    origin.received.push(request);
    origin.answer(request, res);
  });
  const defaultAnswer: Origin['answer'] = (request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain', 'x-origin': name });
    response.end(`${name} ${request.method} ${request.url}`);
  };
  const origin: Origin = {
    url: '',
    received: [],
    answer: defaultAnswer,
    reset: () => {
      origin.received = [];
      origin.answer = defaultAnswer;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return origin;
}

/** An origin URL on which nothing listens (a port taken and released), so connecting to it is refused. */
export async function deadOrigin(): Promise<string> {
  const origin = await startOrigin('dead');
  await origin.close();
  return origin.url;
}
