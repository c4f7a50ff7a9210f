import type { Stream } from './stream.js';
import type { StreamId } from './stream-id.js';

export type TrimStrategy = { kind: 'maxlen'; maxLength: number } | { kind: 'minid'; minId: StreamId };

export interface TrimOptions {
  strategy: TrimStrategy;
  /** `~`: remove whole nodes only, leaving up to a node's worth of extra entries. */
  approximate: boolean;
  /** Most entries to remove; 0 for no limit. */
  limit: number;
}

/**
 * XTRIM / XADD's trimming, after Redis's `streamTrim`: whole nodes go first from the head while
 * they may; then, unless approximate, entries of the next node are flagged deleted one by one.
 * Returns how many entries were removed. (Trimming does not move `maxDeletedId`: only XDEL does.)
 */
export function trimStream(stream: Stream, { strategy, approximate, limit }: TrimOptions): number {
  let removed = 0;
  for (let node = stream.nodes[0]; node !== undefined; node = stream.nodes[0]) {
    if (strategy.kind === 'maxlen' && stream.length <= strategy.maxLength) break;
    const entries = node.live;
    if (limit > 0 && removed + entries > limit) break;
    const wholeNode =
      strategy.kind === 'maxlen' ? stream.length - entries >= strategy.maxLength : node.lastId < strategy.minId;
    if (wholeNode) {
      stream.nodes.shift();
      stream.length -= entries;
      removed += entries;
      continue;
    }
    if (approximate) break;
    for (const entry of node.entries) {
      const done = strategy.kind === 'maxlen' ? stream.length <= strategy.maxLength : entry.id >= strategy.minId;
      if (done) break;
      if (entry.deleted) continue;
      node.markDeleted(entry);
      stream.length--;
      removed++;
    }
    break;
  }
  return removed;
}
