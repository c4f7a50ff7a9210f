import type { Socket } from 'node:net';
import { ClientSession } from './client-session.js';
import { Block } from './command.js';
import { dispatch } from './dispatcher.js';
import { type Reply, ReplyError } from './protocol/reply.js';
import { ProtocolError, RespParser } from './protocol/resp-parser.js';
import type { ServerState } from './server-state.js';

// Client IDs only ever grow, as in Redis, so that an ID never names two connections.
let nextClientId = 1;

/**
 * Glues one socket to the server: parses requests as bytes arrive, runs them in order, writes the
 * replies, and stops reading requests while the client is blocked (later requests wait in the
 * parser, as they wait in Redis's query buffer). On disconnect it forgets the client and its blocked
 * read.
 */
export class Connection {
  private readonly session: ClientSession;
  private readonly parser = new RespParser();
  private processing = false;

  constructor(
    private readonly socket: Socket,
    private readonly server: ServerState,
  ) {
    this.session = new ClientSession(nextClientId++, server.databases[0], {
      write: (data) => this.write(data),
      remoteAddress: `${socket.remoteAddress}:${socket.remotePort}`,
      localAddress: `${socket.localAddress}:${socket.localPort}`,
    });
    server.clients.set(this.session.id, this.session);
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      this.parser.push(chunk);
      this.processInput();
    });
    // Reading pauses while the peer does not read its replies, so they cannot pile up without bound.
    socket.on('drain', () => socket.resume());
    socket.on('close', () => this.release());
    // A reset connection is handled by 'close'; there is nobody left to tell about the error.
    socket.on('error', () => {});
  }

  /** Closes the socket at once, as when the server shuts down. */
  destroy(): void {
    this.socket.destroy();
  }

  private processInput(): void {
    if (this.processing) return;
    this.processing = true;
    this.socket.cork();
    try {
      while (!this.session.blocked && !this.session.closeAfterReply && !this.socket.destroyed) {
        const request = this.parser.next();
        if (request === undefined) break;
        if (request instanceof ProtocolError) {
          this.session.send(new ReplyError(`ERR Protocol error: ${request.message}`));
          this.session.closeAfterReply = true;
        } else {
          this.handle(request);
        }
      }
    } finally {
      this.socket.uncork();
      this.processing = false;
    }
    if (this.session.closeAfterReply) this.socket.end();
  }

  private handle(argv: string[]): void {
    const result = dispatch(this.server, this.session, argv);
    if (result instanceof Block) {
      this.session.blocked = true;
      this.server.blocking.block(this.session, result.command, (reply) => this.unblock(reply));
    } else {
      this.session.send(result);
    }
    this.server.blocking.serveReady();
  }

  private unblock(reply: Reply): void {
    this.session.blocked = false;
    this.session.send(reply);
    // Resume later: this runs inside another client's command, which must finish first.
    setImmediate(() => this.processInput());
  }

  private write(data: string): void {
    if (this.socket.writable && !this.socket.write(data, 'latin1')) this.socket.pause();
  }

  private release(): void {
    this.server.blocking.cancel(this.session);
    this.server.clients.delete(this.session.id);
  }
}
