import type { ClientSession } from './client-session.js';
import { globMatch } from './support/glob.js';

/**
 * Channel and pattern subscriptions across all connections. PUBLISH delivers to channel
 * subscribers first and then to every matching pattern subscription, and counts each delivery,
 * as Redis's `pubsubPublishMessage` does.
 */
export class PubSubHub {
  private readonly channels = new Map<string, Set<ClientSession>>();
  private readonly patterns = new Map<string, Set<ClientSession>>();

  subscribe(client: ClientSession, channel: string): void {
    if (client.channels.has(channel)) return;
    client.channels.add(channel);
    add(this.channels, channel, client);
  }

  unsubscribe(client: ClientSession, channel: string): void {
    if (!client.channels.delete(channel)) return;
    remove(this.channels, channel, client);
  }

  psubscribe(client: ClientSession, pattern: string): void {
    if (client.patterns.has(pattern)) return;
    client.patterns.add(pattern);
    add(this.patterns, pattern, client);
  }

  punsubscribe(client: ClientSession, pattern: string): void {
    if (!client.patterns.delete(pattern)) return;
    remove(this.patterns, pattern, client);
  }

  publish(channel: string, message: string): number {
    let receivers = 0;
    for (const client of this.channels.get(channel) ?? []) {
      client.send(['message', channel, message]);
      receivers++;
    }
    for (const [pattern, clients] of this.patterns) {
      if (!globMatch(pattern, channel)) continue;
      for (const client of clients) {
        client.send(['pmessage', pattern, channel, message]);
        receivers++;
      }
    }
    return receivers;
  }

  /** Drops a disconnected client's subscriptions. */
  removeClient(client: ClientSession): void {
    for (const channel of [...client.channels]) this.unsubscribe(client, channel);
    for (const pattern of [...client.patterns]) this.punsubscribe(client, pattern);
  }
}

function add(index: Map<string, Set<ClientSession>>, name: string, client: ClientSession): void {
  const clients = index.get(name) ?? new Set();
  clients.add(client);
  index.set(name, clients);
}

function remove(index: Map<string, Set<ClientSession>>, name: string, client: ClientSession): void {
  const clients = index.get(name);
  clients?.delete(client);
  if (clients?.size === 0) index.delete(name);
}
