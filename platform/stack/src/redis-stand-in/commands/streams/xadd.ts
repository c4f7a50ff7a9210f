import type { CommandSpec } from '../../command.js';
import { ReplyError } from '../../protocol/reply.js';
import { Stream } from '../../streams/stream.js';
import { formatId, MAX_ID, msOf, parseId, type StreamId, streamId } from '../../streams/stream-id.js';
import { errors } from '../../support/errors.js';
import { integerArg } from '../../support/integers.js';

/** `MAXLEN ~ <count>` after the key, if given: the only trimming Learngraph asks for. */
function parseTrim(argv: readonly string[]): { maxLength: number | undefined; idIndex: number } {
  if ((argv[2] ?? '').toUpperCase() !== 'MAXLEN') return { maxLength: undefined, idIndex: 2 };
  // Redis's exact trimming, MINID, LIMIT and NOMKSTREAM: nothing in Learngraph sends them.
  if (argv[3] !== '~') throw new ReplyError('ERR the Redis stand-in trims streams only with MAXLEN ~ <count>');
  const maxLength = integerArg(argv[4] ?? '');
  if (maxLength < 0n) throw new ReplyError('ERR The MAXLEN argument must be >= 0.');
  return { maxLength: Number(maxLength), idIndex: 5 };
}

/** The ID for `*`: the current time, or just after the top item when the clock is not past it. */
function nextId(stream: Stream): StreamId {
  const now = BigInt(Date.now());
  return now > msOf(stream.lastId) ? streamId(now, 0n) : stream.lastId + 1n;
}

/** XADD key [MAXLEN ~ count] <* | id> field value [field value ...], after Redis's `xaddCommand`. */
export const xaddCommand: CommandSpec = {
  name: 'xadd',
  arity: -5,
  run: ({ db, server }, argv) => {
    const key = argv[1] ?? '';
    const { maxLength, idIndex } = parseTrim(argv);
    const idText = argv[idIndex] ?? '';
    const requested = idText === '*' ? undefined : parseId(idText, 0n, true);
    const fields = argv.slice(idIndex + 1);
    if (fields.length < 2 || fields.length % 2 === 1) throw errors.arity('xadd');
    if (requested === 0n) throw new ReplyError('ERR The ID specified in XADD must be greater than 0-0');
    const stream = db.typedOrCreate(key, 'stream', () => new Stream());
    if (stream.lastId === MAX_ID) {
      throw new ReplyError('ERR The stream has exhausted the last possible ID, unable to add more items');
    }
    const id = requested ?? nextId(stream);
    if (id <= stream.lastId) {
      throw new ReplyError('ERR The ID specified in XADD is equal or smaller than the target stream top item');
    }
    stream.append(id, fields);
    if (maxLength !== undefined) stream.trimApproximately(maxLength);
    server.blocking.signal(db.index, key);
    return formatId(id);
  },
};
