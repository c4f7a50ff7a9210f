import { badUserInput } from '@learngraph/service-kit';
import { z } from 'zod';

/** Limits of account fields; passwords are capped so that hashing cannot be used to exhaust the CPU. */
export const accountLimits = { passwordMin: 12, passwordMax: 256, nameMax: 100, emailMax: 254 };

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(accountLimits.emailMax, `at most ${accountLimits.emailMax} characters`);

const longestPassword = z.string().max(accountLimits.passwordMax, `at most ${accountLimits.passwordMax} characters`);

const signUpSchema = z.object({
  email: email.pipe(z.email('not a valid email address')),
  password: longestPassword.min(accountLimits.passwordMin, `at least ${accountLimits.passwordMin} characters`),
  name: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(accountLimits.nameMax, `at most ${accountLimits.nameMax} characters`),
});

// No account has a longer email or password, so longer ones are refused before any lookup or hashing.
const signInSchema = z.object({ email, password: longestPassword });

export type SignUpFields = z.infer<typeof signUpSchema>;
export type SignInFields = z.infer<typeof signInSchema>;

/** `input` read through `schema`, or BAD_USER_INPUT naming every invalid field at once. */
function readInput<Schema extends z.ZodType>(schema: Schema, input: unknown, what: string): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors = result.error.issues.map((issue) => ({ field: String(issue.path[0]), message: issue.message }));
  throw badUserInput(
    `Invalid ${what}: ${fieldErrors.map((error) => `${error.field} ${error.message}`).join('; ')}.`,
    fieldErrors,
  );
}

/** Normalises and validates sign-up input, reporting every invalid field at once. */
export const readSignUp = (input: unknown): SignUpFields => readInput(signUpSchema, input, 'sign-up');

/** Normalises the email of a sign-in and refuses fields longer than any account can have. */
export const readSignIn = (input: unknown): SignInFields => readInput(signInSchema, input, 'sign-in');
