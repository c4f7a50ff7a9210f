import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxFormBytes } from '../src/lib/bounded-form';
import { startFixtureRouter } from './support/fixture-router';
import { Teardown } from './support/teardown';
import { startWebServer } from './support/web-server';

const urlencoded = { 'content-type': 'application/x-www-form-urlencoded' };

describe('what a form handler refuses before reading the form', () => {
  const teardown = new Teardown();
  let signUp: string;
  const send = async (body: BodyInit, headers: Record<string, string>) => {
    // Node's fetch streams a ReadableStream body only with `duplex: 'half'`, which the DOM types do not know.
    const init: RequestInit & { duplex: 'half' } = {
      method: 'POST',
      body,
      headers,
      redirect: 'manual',
      duplex: 'half',
    };
    const response = await fetch(signUp, init);
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
  };
  /** A sign-up form padded with an extra field to `bytes` in all. */
  const signUpForm = (bytes: number) => {
    const fields = 'name=Ada&email=ada%40example.org&password=a+long+enough+password&padding=';
    return fields + 'x'.repeat(bytes - fields.length);
  };

  beforeAll(async () => {
    const router = teardown.add(await startFixtureRouter('data'));
    signUp = `${teardown.add(await startWebServer({ ROUTER_URL: router.url })).url}/forms/sign-up`;
  });
  afterAll(() => teardown.run());

  it('answers a form over 64 KB with 413 and a sentence, whether or not it declares its length', async () => {
    const declared = await send(signUpForm(maxFormBytes + 1), urlencoded);
    expect(declared).toEqual({
      status: 413,
      type: 'text/plain; charset=utf-8',
      text: expect.stringContaining('This form holds more than 64 KB, so nothing was changed.'),
    });
    const bytes = new TextEncoder().encode(signUpForm(4 * maxFormBytes));
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 16 * 1024) controller.enqueue(bytes.subarray(at, at + 16 * 1024));
        controller.close();
      },
    });
    expect((await send(chunked, urlencoded)).status).toBe(413);
  });

  it('answers 415 to a body that is not a form, and 400 to a form that does not parse', async () => {
    const json = await send(JSON.stringify({ name: 'Ada' }), { 'content-type': 'application/json' });
    expect(json.status).toBe(415);
    expect(json.text).toContain('This request was not sent as a form');
    expect((await send('name=Ada', {})).status).toBe(415);
    const broken = await send('--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nAda', {
      'content-type': 'multipart/form-data; boundary=x',
    });
    expect(broken.status).toBe(400);
    expect(broken.text).toContain('This form could not be read');
  });

  it('still handles a form of up to 64 KB after all that', async () => {
    const accepted = await send(signUpForm(maxFormBytes), urlencoded);
    expect(accepted.status).toBe(303);
  });
});
