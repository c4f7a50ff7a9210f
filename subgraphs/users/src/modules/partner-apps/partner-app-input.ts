import { z } from 'zod';
import { readInput } from '../../read-input.js';
import { isPartnerScope, partnerScopes } from './partner-scopes.js';

const limits = { nameMax: 100, emailMax: 254, originsMax: 20, originMax: 200 };

/** An origin as browsers send it: https, a host, no path. */
const origin = z
  .string()
  .max(limits.originMax, `at most ${limits.originMax} characters`)
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:' && new URL(value).origin === value, {
    message: 'an https origin such as https://portal.example.edu',
  });

const fields = {
  name: z.string().trim().min(1, 'must not be empty').max(limits.nameMax, `at most ${limits.nameMax} characters`),
  contactEmail: z.string().trim().toLowerCase().max(limits.emailMax).pipe(z.email('not a valid email address')),
  allowedOrigins: z.array(origin).max(limits.originsMax, `at most ${limits.originsMax} origins`),
  scopes: z
    .array(z.string().refine(isPartnerScope, `one of ${partnerScopes.join(', ')}`))
    .min(1, 'at least one scope')
    .transform((scopes) => [...new Set(scopes)]),
  rateTier: z.enum(['BASIC', 'STANDARD', 'PREMIUM']),
};

const createSchema = z.object(fields);
const updateSchema = z.object({
  name: fields.name.optional(),
  contactEmail: fields.contactEmail.optional(),
  allowedOrigins: fields.allowedOrigins.optional(),
  scopes: fields.scopes.optional(),
  rateTier: fields.rateTier.optional(),
});

/** The longest a key may be issued for: partners rotate keys at least this often when they set an end. */
const maxKeyLifetimeMs = 2 * 366 * 24 * 60 * 60 * 1000;

const keyExpirySchema = z.object({
  expiresAt: z
    .date()
    .nullable()
    .refine((date) => date === null || date.getTime() > Date.now(), 'must be in the future')
    .refine((date) => date === null || date.getTime() - Date.now() <= maxKeyLifetimeMs, 'at most two years ahead'),
});

/** When a new key stops working, or null for a key that works until revoked. */
export const readKeyExpiry = (expiresAt: Date | null | undefined) =>
  readInput(keyExpirySchema, { expiresAt: expiresAt ?? null }, 'API key').expiresAt;

export const readPartnerAppCreate = (input: unknown) => readInput(createSchema, input, 'partner app');

/** Only the fields given (not null) change. */
export const readPartnerAppUpdate = (input: Record<string, unknown>) =>
  readInput(
    updateSchema,
    Object.fromEntries(Object.entries(input).filter(([key, value]) => key !== 'id' && value != null)),
    'partner app',
  );
