import { describe, expect, it } from 'vitest';
import { devMailFor, formatDevMail } from '../src/dev-mail.js';

const event = (type: string, payload: unknown) => ({
  id: 'e1',
  type,
  aggregateId: 'u1',
  version: 1,
  occurredAt: '2026-11-29T18:00:00.000Z',
  payload,
});

describe('the development mail sink’s emails', () => {
  it('sends the verification link to the site’s /verify page, with the token escaped', () => {
    const mail = devMailFor(
      event('users.email-verification.requested', {
        userId: 'u1',
        email: 'ada@example.org',
        token: 'lgv_a+b/c',
        expiresAt: '2026-11-30T18:00:00.000Z',
      }),
      'http://127.0.0.1:8787',
    );
    expect(mail?.to).toBe('ada@example.org');
    expect(formatDevMail(mail ?? { to: '', subject: '', body: '' })).toContain(
      '\nhttp://127.0.0.1:8787/verify?token=lgv_a%2Bb%2Fc\n',
    );
  });

  it('tells the owner of an address that someone tried to sign up with it, with no link to confirm', () => {
    const mail = devMailFor(event('users.sign-up.repeated', { userId: 'u1', email: 'ada@example.org' }), 'http://x');
    expect(mail?.subject).toBe('Someone tried to sign up with your address');
    expect(mail?.body).not.toContain('verify');
  });

  it('sends nothing for other users events', () => {
    expect(devMailFor(event('users.user.deleted', { userId: 'u1' }), 'http://x')).toBeUndefined();
  });
});
