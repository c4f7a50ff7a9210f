import { NullArray, type Reply, ReplyError, SimpleString } from './reply.js';

const CRLF = '\r\n';

/**
 * Encodes a reply as RESP2 into a latin1 string (one character per byte). Error and status lines
 * have their CR and LF replaced by spaces, as Redis does, so that no message can break the framing.
 *
 * @example
 * socket.write(encodeReply(['a', 1, null]), 'latin1'); // *3\r\n$1\r\na\r\n:1\r\n$-1\r\n
 */
export function encodeReply(reply: Reply): string {
  const parts: string[] = [];
  append(reply, parts);
  return parts.join('');
}

function append(reply: Reply, parts: string[]): void {
  if (typeof reply === 'string') {
    parts.push('$', String(reply.length), CRLF, reply, CRLF);
  } else if (typeof reply === 'number' || typeof reply === 'bigint') {
    parts.push(':', String(reply), CRLF);
  } else if (reply === null) {
    parts.push('$-1', CRLF);
  } else if (reply instanceof SimpleString) {
    parts.push('+', singleLine(reply.value), CRLF);
  } else if (reply instanceof ReplyError) {
    parts.push('-', singleLine(reply.message), CRLF);
  } else if (reply instanceof NullArray) {
    parts.push('*-1', CRLF);
  } else {
    parts.push('*', String(reply.length), CRLF);
    for (const item of reply) append(item, parts);
  }
}

function singleLine(text: string): string {
  return text.replace(/[\r\n]/g, ' ');
}
