import { ReplyError } from '../../protocol/reply.js';
import { parseId } from '../../streams/stream-id.js';
import { errors } from '../../support/errors.js';
import { integerArg } from '../../support/integers.js';

/** What an XREADGROUP asks for. */
export interface ReadRequest {
  group: string;
  consumer: string;
  /** 0: no limit. */
  count: number;
  blockMs: number | undefined;
  keys: string[];
  ids: string[];
}

/**
 * Parses XREADGROUP's options in Redis's order and with its errors.
 *
 * @example
 * parseReadRequest(['XREADGROUP', 'GROUP', 'search', 'worker-1', 'COUNT', '100', 'BLOCK', '1000', 'STREAMS', 'events', '>']);
 */
export function parseReadRequest(argv: readonly string[]): ReadRequest {
  let group: { name: string; consumer: string } | undefined;
  let count = 0;
  let blockMs: number | undefined;
  for (let i = 1; i < argv.length; i++) {
    const more = argv.length - 1 - i;
    const option = (argv[i] ?? '').toUpperCase();
    if (option === 'BLOCK' && more > 0) {
      const timeout = integerArg(argv[++i] ?? '', 'timeout is not an integer or out of range');
      if (timeout < 0n) throw new ReplyError('ERR timeout is negative');
      blockMs = Number(timeout);
    } else if (option === 'COUNT' && more > 0) {
      const value = integerArg(argv[++i] ?? '');
      count = value < 0n ? 0 : Number(value);
    } else if (option === 'GROUP' && more >= 2) {
      group = { name: argv[i + 1] ?? '', consumer: argv[i + 2] ?? '' };
      i += 2;
    } else if (option === 'STREAMS' && more > 0) {
      const rest = argv.slice(i + 1);
      if (rest.length % 2 !== 0) {
        // Redis 7.0 words it as for XREAD.
        throw new ReplyError(
          "ERR Unbalanced XREAD list of streams: for each stream key an ID or '$' must be specified.",
        );
      }
      if (group === undefined) throw new ReplyError('ERR Missing GROUP option for XREADGROUP');
      const keys = rest.slice(0, rest.length / 2);
      return { group: group.name, consumer: group.consumer, count, blockMs, keys, ids: rest.slice(keys.length) };
    } else {
      // Redis's NOACK: nothing in Learngraph sends it.
      throw errors.syntax();
    }
  }
  throw errors.syntax();
}

/** The ID Learngraph reads with, `>` (new entries); Redis's errors for `$` and malformed IDs. */
export function checkReadId(text: string): void {
  if (text === '>') return;
  if (text === '$') {
    throw new ReplyError(
      'ERR The $ ID is meaningless in the context of XREADGROUP: you want to read the history of this consumer by specifying a proper ID, or use the > ID to get new messages. The $ ID would just return an empty result set.',
    );
  }
  parseId(text, 0n, true);
  // Reading a consumer's own pending entries again: nothing in Learngraph does.
  throw new ReplyError('ERR the Redis stand-in reads consumer groups only with the > ID');
}
