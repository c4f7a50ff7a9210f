import type { Redis } from 'ioredis';

/** Fields the consumer adds when it dead-letters an entry; the rest is the event as it was published. */
const deadLetterFields = new Set(['sourceStream', 'sourceId', 'group', 'error']);

/**
 * Moves the dead-lettered entries of consumer group `group` back onto the stream they came from, as new
 * entries, and deletes them from the dead-letter stream: once the cause is fixed, they are applied (once,
 * by event id) like any other. Entries of other groups stay. Returns how many were replayed.
 *
 * @example
 * await replayDeadLetters(redis, 'learngraph:catalog:events:dead-letter', 'search'); // 3
 */
export async function replayDeadLetters(redis: Redis, deadLetterStream: string, group: string): Promise<number> {
  let replayed = 0;
  for (let start = '-'; ; ) {
    const entries = (await redis.xrange(deadLetterStream, start, '+', 'COUNT', 100)) as Array<[string, string[]]>;
    if (entries.length === 0) return replayed;
    for (const [id, fields] of entries) {
      const pairs = new Map<string, string>();
      for (let index = 0; index + 1 < fields.length; index += 2)
        pairs.set(fields[index] ?? '', fields[index + 1] ?? '');
      const source = pairs.get('sourceStream');
      if (pairs.get('group') !== group || !source) continue;
      const event = [...pairs].filter(([name]) => !deadLetterFields.has(name)).flat();
      await redis.xadd(source, '*', ...event);
      await redis.xdel(deadLetterStream, id);
      replayed += 1;
    }
    start = `(${entries.at(-1)?.[0]}`;
  }
}
