// @ts-check
/**
 * A tiny real service process for the shutdown tests: the service kit's HTTP server and graceful shutdown,
 * with a `/graphql` handler that holds each request until a line arrives on stdin. It prints `listening
 * <port>`, `in flight` when a request is held, and `dependencies closed` when shutdown reaches its closers.
 */
import { createInterface } from 'node:readline';
import { createLogger, createServiceServer, handleShutdown, sendJson } from '../../dist/index.js';

const logger = createLogger('held-request-service', 'silent');
const lines = createInterface({ input: process.stdin });
const released = () => new Promise((resolve) => lines.once('line', resolve));

const server = createServiceServer({
  graphql: async (_req, res) => {
    process.stdout.write('in flight\n');
    await released();
    sendJson(res, 200, { data: { answer: 42 } });
  },
  readiness: {},
  logger,
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : ''}\n`);
});
handleShutdown({
  server,
  logger,
  closers: [
    async () => {
      lines.close();
      process.stdout.write('dependencies closed\n');
    },
  ],
});
