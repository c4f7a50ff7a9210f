import { parseInt64 } from '../support/integers.js';

// Redis keeps stream entries in listpacks ("nodes") of at most this many entries and bytes
// (stream-node-max-entries, stream-node-max-bytes). Approximate trimming (MAXLEN ~) only drops
// whole nodes, so reproducing where nodes end makes its results match Redis's.
export const NODE_MAX_ENTRIES = 100;
export const NODE_MAX_BYTES = 4096;

/** A listpack's header (total bytes, element count) plus its end marker. */
export const LISTPACK_OVERHEAD = 7;

/** Bytes listpack.c's `lpEncodeBacklen` needs to store an element's encoded length. */
function backlenSize(encoded: number): number {
  if (encoded <= 127) return 1;
  if (encoded < 16383) return 2;
  if (encoded < 2097151) return 3;
  if (encoded < 268435455) return 4;
  return 5;
}

/** Size of an integer element: the smallest of listpack's 7, 13, 16, 24, 32 and 64-bit encodings, plus its backlen. */
export function integerElementSize(value: bigint | number): number {
  const v = BigInt(value);
  let encoded = 9;
  if (v >= 0n && v <= 127n) encoded = 1;
  else if (v >= -4096n && v <= 4095n) encoded = 2;
  else if (v >= -32768n && v <= 32767n) encoded = 3;
  else if (v >= -8388608n && v <= 8388607n) encoded = 4;
  else if (v >= -2147483648n && v <= 2147483647n) encoded = 5;
  return encoded + backlenSize(encoded);
}

/** Size of a string element; listpacks store strings that read as 64-bit integers as integers. */
export function stringElementSize(text: string): number {
  const asInteger = parseInt64(text);
  if (asInteger !== undefined) return integerElementSize(asInteger);
  const header = text.length < 64 ? 1 : text.length < 4096 ? 2 : 5;
  const encoded = header + text.length;
  return encoded + backlenSize(encoded);
}
