import type { RequestInit } from 'miniflare';
import { describe, expect, it } from 'vitest';
import { PUBLIC_URL } from './support/edge';
import { useEdge } from './support/fixtures';

/** A body that fetch sends chunked (no Content-Length), in pieces of `chunk` bytes. */
function chunked(total: number, chunk = 64 * 1024): RequestInit {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const size = Math.min(chunk, total - sent);
      if (size === 0) return controller.close();
      controller.enqueue(new Uint8Array(size).fill(0x61));
      sent += size;
    },
  });
  return { method: 'POST', body, duplex: 'half' };
}

describe('the body limit', () => {
  const stack = useEdge();
  const small = useEdge({ MAX_BODY_BYTES: '16' });

  it.each([
    ['a declared Content-Length', { method: 'POST', body: 'a'.repeat(1_000_001) }],
    ['a chunked body that grows past it', chunked(1_100_000)],
  ])(
    'answers /graphql 413 PAYLOAD_TOO_LARGE for %s over 1,000,000 bytes by default, forwarding nothing',
    async (_, init) => {
      const res = await stack.edge.dispatchFetch(`${PUBLIC_URL}/graphql`, init);

      expect(res.status).toBe(413);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('x-request-id')).toBeTruthy();
      expect(await res.json()).toEqual({
        errors: [
          { message: 'The request body is larger than 1000000 bytes.', extensions: { code: 'PAYLOAD_TOO_LARGE' } },
        ],
      });
      expect(stack.router.received).toHaveLength(0);
    },
  );

  it('answers a web path 413 in plain text, forwarding nothing', async () => {
    const res = await stack.edge.dispatchFetch(`${PUBLIC_URL}/uploads`, chunked(1_100_000));

    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe('The request body is larger than 1000000 bytes.');
    expect(stack.web.received).toHaveLength(0);
  });

  it('forwards a chunked body within the limit intact, with its length', async () => {
    const res = await stack.edge.dispatchFetch(`${PUBLIC_URL}/graphql`, chunked(900_000, 100_000));

    expect(res.status).toBe(200);
    expect(stack.router.received[0]?.body).toBe('a'.repeat(900_000));
    expect(stack.router.received[0]?.headers['content-length']).toBe('900000');
  });

  it('takes its limit from MAX_BODY_BYTES: 16 bytes pass, 17 do not, however they are framed', async () => {
    const exact = await small.edge.dispatchFetch(`${PUBLIC_URL}/graphql`, { method: 'POST', body: 'a'.repeat(16) });
    const over = await small.edge.dispatchFetch(`${PUBLIC_URL}/graphql`, { method: 'POST', body: 'a'.repeat(17) });
    const overChunked = await small.edge.dispatchFetch(`${PUBLIC_URL}/graphql`, chunked(17, 4));

    expect(exact.status).toBe(200);
    expect([over.status, overChunked.status]).toEqual([413, 413]);
    expect(small.router.received.map((request) => request.body)).toEqual(['a'.repeat(16)]);
    await Promise.all([exact.body?.cancel(), over.body?.cancel(), overChunked.body?.cancel()]);
  });
});
