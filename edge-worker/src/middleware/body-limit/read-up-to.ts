/**
 * Reads a body into memory while it stays within `limit` bytes, or returns `undefined` once it grows past it.
 * Past the limit it reads on, discarding, for up to `limit` bytes more before cancelling: a client that sends its
 * whole body before reading the answer then sees the 413 instead of a reset, and workerd can reuse the connection
 * (a chunked body left half-read breaks the next request on it under `wrangler dev`).
 *
 * @example
 * ```ts
 * const body = await readUpTo(c.req.raw.body, 1_000_000); // undefined: more than 1,000,000 bytes were sent
 * ```
 */
export async function readUpTo(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | undefined> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > limit) {
      await discard(reader, limit);
      return undefined;
    }
    chunks.push(read.value);
  }
  const buffered = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    buffered.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return buffered;
}

async function discard(reader: ReadableStreamDefaultReader<Uint8Array>, bytes: number): Promise<void> {
  for (let left = bytes; left > 0; ) {
    const read = await reader.read();
    if (read.done) return;
    left -= read.value.byteLength;
  }
  await reader.cancel();
}
