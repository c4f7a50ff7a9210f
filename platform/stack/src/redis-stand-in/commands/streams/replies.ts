import type { Database } from '../../keyspace/database.js';
import { type Reply, ReplyError } from '../../protocol/reply.js';
import type { ConsumerGroup } from '../../streams/consumer-group.js';
import type { Stream } from '../../streams/stream.js';
import { formatId } from '../../streams/stream-id.js';
import type { StreamEntry } from '../../streams/stream-node.js';

/** An entry as every stream command returns it: `[id, [field, value, ...]]`. */
export const entryReply = (entry: StreamEntry): Reply => [formatId(entry.id), [...entry.fields]];

/** The stream and group a consumer-group command names, or Redis's NOGROUP error (`suffix` as the command words it). */
export function streamAndGroup(
  db: Database,
  key: string,
  groupName: string,
  suffix = '',
): { stream: Stream; group: ConsumerGroup } {
  const stream = db.typed(key, 'stream');
  const group = stream?.groups.get(groupName);
  if (stream === undefined || group === undefined) {
    throw new ReplyError(`NOGROUP No such key '${key}' or consumer group '${groupName}'${suffix}`);
  }
  return { stream, group };
}
