/** The part of the WebAssembly API used here (Node has it; @types/node 20 does not declare it). */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Memory: new (descriptor: { initial: number }) => WasmMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}
export const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/** An unsigned LEB128 number, as WebAssembly writes sizes. */
function leb(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  do {
    const low = rest & 0x7f;
    rest >>>= 7;
    bytes.push(rest === 0 ? low : low | 0x80);
  } while (rest !== 0);
  return bytes;
}
const sized = (bytes: number[]) => [...leb(bytes.length), ...bytes];
const name = (text: string) => sized([...Buffer.from(text)]);
const section = (id: number, bytes: number[]) => [id, ...sized(bytes)];

/** Adds the products of the 4 numbers at byte `offset` after the query and row pointers into sums `sums`. */
const accumulate = (sums: number, offset: number) => [
  ...[0x20, sums],
  ...[0x20, 0x09, 0xfd, 0x00, 0x04, offset], //   v128.load query pointer + offset
  ...[0x20, 0x0a, 0xfd, 0x00, 0x04, offset], //   v128.load row pointer + offset
  ...[0xfd, 0xe6, 0x01, 0xfd, 0xe4, 0x01, 0x21, sums], //   sums += f32x4.mul (f32x4.add)
];

/**
 * The body of `scores(query, rows, count, floats, out)`: for each of `count` rows of `floats`
 * single-precision numbers (a multiple of 16) stored one after another from byte `rows`, the dot product
 * with the `floats` numbers at byte `query`, stored as a float at byte `out + 4 × row`. Sixteen products
 * a step, into four independent sums of four lanes, so that the CPU overlaps them.
 */
const scoresBody = [
  // locals: 5 row, 6 byte in row, 7 row start, 8 bytes a row, 9 query pointer, 10 row pointer (i32);
  // 11 to 14 sums (v128)
  ...[0x02, 0x06, 0x7f, 0x04, 0x7b],
  ...[0x20, 0x03, 0x41, 0x02, 0x74, 0x21, 0x08], // bytes a row = floats << 2
  ...[0x20, 0x01, 0x21, 0x07], // row start = rows
  ...[0x02, 0x40], // block
  ...[0x03, 0x40], //   loop (rows)
  ...[0x20, 0x05, 0x20, 0x02, 0x4f, 0x0d, 0x01], //     row >= count: leave the block
  ...[0xfd, 0x0c, ...new Array<number>(16).fill(0)], //     v128.const 0
  ...[0x22, 0x0b, 0x22, 0x0c, 0x22, 0x0d, 0x21, 0x0e], //     into the four sums
  ...[0x41, 0x00, 0x21, 0x06], //     byte in row = 0
  ...[0x03, 0x40], //     loop (sixteen numbers at a time)
  ...[0x20, 0x00, 0x20, 0x06, 0x6a, 0x21, 0x09], //       query pointer = query + byte
  ...[0x20, 0x07, 0x20, 0x06, 0x6a, 0x21, 0x0a], //       row pointer = row start + byte
  ...accumulate(0x0b, 0),
  ...accumulate(0x0c, 16),
  ...accumulate(0x0d, 32),
  ...accumulate(0x0e, 48),
  ...[0x20, 0x06, 0x41, 0xc0, 0x00, 0x6a, 0x22, 0x06], //       byte += 64
  ...[0x20, 0x08, 0x49, 0x0d, 0x00], //       byte < bytes a row: again
  ...[0x0b], //     end loop
  ...[0x20, 0x0b, 0x20, 0x0c, 0xfd, 0xe4, 0x01], //     (sums 1 + sums 2)
  ...[0x20, 0x0d, 0x20, 0x0e, 0xfd, 0xe4, 0x01, 0xfd, 0xe4, 0x01, 0x21, 0x0b], //     + (sums 3 + sums 4)
  ...[0x20, 0x04, 0x20, 0x05, 0x41, 0x02, 0x74, 0x6a], //     address out + row × 4
  ...[0x20, 0x0b, 0xfd, 0x1f, 0x00, 0x20, 0x0b, 0xfd, 0x1f, 0x01, 0x92], //     lane 0 + lane 1
  ...[0x20, 0x0b, 0xfd, 0x1f, 0x02, 0x92, 0x20, 0x0b, 0xfd, 0x1f, 0x03, 0x92], //     + lane 2 + lane 3
  ...[0x38, 0x02, 0x00], //     f32.store
  ...[0x20, 0x07, 0x20, 0x08, 0x6a, 0x21, 0x07], //     row start += bytes a row
  ...[0x20, 0x05, 0x41, 0x01, 0x6a, 0x21, 0x05], //     row += 1
  ...[0x0c, 0x00], //     again
  ...[0x0b, 0x0b, 0x0b], //   end loop, end block, end function
];

/**
 * The dot-product kernel as a WebAssembly module with 128-bit SIMD: four products at a time in single
 * precision, about four times fewer operations than a scalar loop, at the price of rounding (see
 * `scoreTolerance`). Assembled here, instruction by instruction, because it is one small function and
 * needs no toolchain to read.
 */
const moduleBytes = Uint8Array.from([
  ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], // "\0asm", version 1
  ...section(1, [0x01, 0x60, 0x05, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x00]), // type 0: (i32 × 5) → ()
  ...section(2, [0x01, ...name('env'), ...name('memory'), 0x02, 0x00, 0x01]), // imports env.memory
  ...section(3, [0x01, 0x00]), // function 0 has type 0
  ...section(7, [0x01, ...name('scores'), 0x00, 0x00]), // exports it as "scores"
  ...section(10, [0x01, ...sized(scoresBody)]),
]);

const compiled = new wasm.Module(moduleBytes);

/**
 * How far a score computed here may be from the exact dot product, for vectors of the given lengths: each
 * product, each of the `floats` / 16 additions into a sum, the three additions of sums and the three of
 * lanes round once, each by at most 2⁻²⁴ of a value bounded by |query|·|row| (Cauchy–Schwarz); the bound
 * counts `floats` / 4 + 4 roundings, doubled for safety.
 */
export function scoreTolerance(floats: number, queryNorm: number, largestRowNorm: number): number {
  return 2 * (floats / 4 + 4) * 2 ** -24 * queryNorm * largestRowNorm;
}

/**
 * An instance of the dot-product kernel over `memory` (which its caller lays out and grows).
 *
 * @example
 * const memory = new wasm.Memory({ initial: 1 });
 * const scores = simdDotProducts(memory); scores(0, 512, 10, 128, 8192);
 */
export function simdDotProducts(
  memory: WasmMemory,
): (query: number, rows: number, count: number, floats: number, out: number) => void {
  const instance = new wasm.Instance(compiled, { env: { memory } });
  return instance.exports.scores as (query: number, rows: number, count: number, floats: number, out: number) => void;
}
