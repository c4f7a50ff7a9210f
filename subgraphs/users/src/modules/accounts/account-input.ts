import { badUserInput } from '@learngraph/service-kit';
import { z } from 'zod';

/** Limits of account fields; passwords are capped so that hashing cannot be used to exhaust the CPU. */
export const accountLimits = { passwordMin: 12, passwordMax: 256, nameMax: 100, emailMax: 254 };

const signUpSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(accountLimits.emailMax, `at most ${accountLimits.emailMax} characters`)
    .pipe(z.email('not a valid email address')),
  password: z
    .string()
    .min(accountLimits.passwordMin, `at least ${accountLimits.passwordMin} characters`)
    .max(accountLimits.passwordMax, `at most ${accountLimits.passwordMax} characters`),
  name: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(accountLimits.nameMax, `at most ${accountLimits.nameMax} characters`),
});

export type SignUpFields = z.infer<typeof signUpSchema>;

/** Normalises and validates sign-up input, reporting every invalid field at once. */
export function readSignUp(input: unknown): SignUpFields {
  const result = signUpSchema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors = result.error.issues.map((issue) => ({ field: String(issue.path[0]), message: issue.message }));
  throw badUserInput(
    `Invalid sign-up: ${fieldErrors.map((error) => `${error.field} ${error.message}`).join('; ')}.`,
    fieldErrors,
  );
}

/** The form emails are stored in. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();
