import { z } from 'zod';
import { readInput } from '../../read-input.js';
import { isCommonPassword } from './common-passwords.js';

/** Limits of account fields; passwords are capped so that hashing cannot be used to exhaust the CPU. */
export const accountLimits = { passwordMin: 12, passwordMax: 256, nameMax: 100, emailMax: 254, tokenMax: 200 };

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(accountLimits.emailMax, `at most ${accountLimits.emailMax} characters`);

const longestPassword = z.string().max(accountLimits.passwordMax, `at most ${accountLimits.passwordMax} characters`);

/** A password someone may choose: long enough, not too long, and not among the most common ones. */
const newPassword = longestPassword
  .min(accountLimits.passwordMin, `at least ${accountLimits.passwordMin} characters`)
  // A too-short password has its own message; saying it is also common adds nothing.
  .refine(
    (password) => password.length < accountLimits.passwordMin || !isCommonPassword(password),
    'one of the most common passwords; choose another',
  );

/** An opaque token as this subgraph issues them; anything longer is refused before a lookup. */
const token = z.string().min(1, 'must not be empty').max(accountLimits.tokenMax, 'not a token of ours');

const accountCreateSchema = z.object({
  email: email.pipe(z.email('not a valid email address')),
  password: newPassword,
  name: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(accountLimits.nameMax, `at most ${accountLimits.nameMax} characters`),
});

// No account has a longer email or password, so longer ones are refused before any lookup or hashing.
const sessionCreateSchema = z.object({ email, password: longestPassword });
const passwordChangeSchema = z.object({ currentPassword: longestPassword, newPassword });
const accountDeleteSchema = z.object({ password: longestPassword });
const tokenSchema = z.object({ token });
const refreshTokenSchema = z.object({ refreshToken: token });

/** Normalises and validates a sign-up, reporting every invalid field at once. */
export const readAccountCreate = (input: unknown) => readInput(accountCreateSchema, input, 'sign-up');

/** Normalises the email of a sign-in and refuses fields longer than any account can have. */
export const readSessionCreate = (input: unknown) => readInput(sessionCreateSchema, input, 'sign-in');

export const readPasswordChange = (input: unknown) => readInput(passwordChangeSchema, input, 'password change');

export const readAccountDelete = (input: unknown) => readInput(accountDeleteSchema, input, 'account deletion');

export const readToken = (input: unknown) => readInput(tokenSchema, input, 'token');

export const readRefreshToken = (input: unknown) => readInput(refreshTokenSchema, input, 'refresh token');
