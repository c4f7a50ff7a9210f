import type { EventEnvelope } from '@learngraph/service-kit';
import { z } from 'zod';

/** One email as the mailer would send it. */
export interface DevMail {
  to: string;
  subject: string;
  body: string;
}

const verification = z.object({ email: z.string(), token: z.string(), expiresAt: z.string() });
const repeated = z.object({ email: z.string() });

/**
 * The email the mailer would send for a users event, or undefined for an event that sends none. The
 * verification link opens the site's `/verify` page at `siteUrl`.
 * @example devMailFor(event, 'http://127.0.0.1:8787') // { to: 'ada@example.org', subject: 'Confirm …', body }
 */
export function devMailFor(event: EventEnvelope, siteUrl: string): DevMail | undefined {
  if (event.type === 'users.email-verification.requested') {
    const { email, token, expiresAt } = verification.parse(event.payload);
    const link = `${siteUrl}/verify?token=${encodeURIComponent(token)}`;
    return {
      to: email,
      subject: 'Confirm your address for Learngraph',
      body: `Follow this link to confirm your address and finish signing up:\n\n${link}\n\nThe link works until ${expiresAt}. If you did not sign up, ignore this email.\n`,
    };
  }
  if (event.type === 'users.sign-up.repeated') {
    const { email } = repeated.parse(event.payload);
    return {
      to: email,
      subject: 'Someone tried to sign up with your address',
      body: `Someone tried to sign up to Learngraph with this address, which already has an account. Nothing changed.\nIf it was you, sign in at ${siteUrl}/sign-in instead.\n`,
    };
  }
  return undefined;
}

/**
 * An email as a text file: headers, a blank line, the body.
 * @example formatDevMail({ to: 'ada@example.org', subject: 'Hi', body: 'Hello\n' }) // 'To: ada@example.org\n…'
 */
export function formatDevMail(mail: DevMail): string {
  return `To: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.body}`;
}
