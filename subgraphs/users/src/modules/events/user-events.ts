import { randomUUID } from 'node:crypto';
import type { EventEnvelope, Role } from '@learngraph/service-kit';

/** Event types on the users stream; consumers switch on them (learning-paths erases deleted accounts' data). */
export const userEventType = {
  deleted: 'users.user.deleted',
  roleChanged: 'users.user.role-changed',
  verificationRequested: 'users.email-verification.requested',
  signUpRepeated: 'users.sign-up.repeated',
} as const;

const envelope = <Payload>(type: string, aggregateId: string, version: number, payload: Payload) => ({
  id: randomUUID(),
  type,
  aggregateId,
  version,
  occurredAt: new Date().toISOString(),
  payload,
});

/** An account was deleted: consumers erase what they hold of it. */
export const userDeleted = (userId: string, version: number): EventEnvelope<{ userId: string }> =>
  envelope(userEventType.deleted, userId, version, { userId });

/** A role was granted or revoked; `roles` is the full set after the change. */
export const roleChanged = (
  userId: string,
  version: number,
  change: { role: Role; granted: boolean; roles: Role[] },
): EventEnvelope<{ userId: string; role: Role; granted: boolean; roles: Role[] }> =>
  envelope(userEventType.roleChanged, userId, version, { userId, ...change });

/**
 * Someone signed up with this address: the mailer sends `token` in a link to it. Only the holder of the inbox
 * learns it; the stream is internal, and the token expires (see EMAIL_VERIFICATION_TTL_SECONDS).
 */
export const verificationRequested = (
  userId: string,
  version: number,
  message: { email: string; token: string; expiresAt: Date },
): EventEnvelope<{ userId: string; email: string; token: string; expiresAt: string }> =>
  envelope(userEventType.verificationRequested, userId, version, {
    userId,
    email: message.email,
    token: message.token,
    expiresAt: message.expiresAt.toISOString(),
  });

/** A sign-up named an address that already has a verified account: the mailer tells its owner, nobody else. */
export const signUpRepeated = (
  userId: string,
  version: number,
  email: string,
): EventEnvelope<{ userId: string; email: string }> =>
  envelope(userEventType.signUpRepeated, userId, version, { userId, email });
