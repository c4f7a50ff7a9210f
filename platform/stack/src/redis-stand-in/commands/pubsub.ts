import type { ClientSession } from '../client-session.js';
import type { CommandSpec } from '../command.js';
import { ReplySequence } from '../protocol/reply.js';
import type { PubSubHub } from '../pubsub-hub.js';

type Change = (hub: PubSubHub, client: ClientSession, name: string) => void;

/** (P)SUBSCRIBE and (P)UNSUBSCRIBE: one confirmation `[kind, name, subscription count]` per name. */
function subscription(name: string, kind: 'channels' | 'patterns', change: Change, unsubscribe: boolean): CommandSpec {
  return {
    name,
    arity: unsubscribe ? -1 : -2,
    flags: 'pubsub noscript loading stale',
    run: ({ client, server }, argv) => {
      let names = argv.slice(1);
      // Without names, UNSUBSCRIBE leaves everything; with nothing to leave it still confirms, with a null name.
      if (unsubscribe && names.length === 0) names = [...client[kind]];
      if (names.length === 0) return new ReplySequence([[name, null, client.subscriptionCount]]);
      return new ReplySequence(
        names.map((channel) => {
          change(server.pubsub, client, channel);
          return [name, channel, client.subscriptionCount];
        }),
      );
    },
  };
}

/** SUBSCRIBE, UNSUBSCRIBE, PSUBSCRIBE, PUNSUBSCRIBE and PUBLISH. */
export const pubsubCommands: CommandSpec[] = [
  subscription('subscribe', 'channels', (hub, client, channel) => hub.subscribe(client, channel), false),
  subscription('unsubscribe', 'channels', (hub, client, channel) => hub.unsubscribe(client, channel), true),
  subscription('psubscribe', 'patterns', (hub, client, pattern) => hub.psubscribe(client, pattern), false),
  subscription('punsubscribe', 'patterns', (hub, client, pattern) => hub.punsubscribe(client, pattern), true),
  {
    name: 'publish',
    arity: 3,
    flags: 'pubsub loading stale fast',
    run: ({ server }, argv) => server.pubsub.publish(argv[1] ?? '', argv[2] ?? ''),
  },
];
