import { z } from 'zod';
import { readInput } from '../../read-input.js';

const limits = { displayNameMax: 100, urlMax: 2048, interestsMax: 50, languagesMax: 10, goalsMax: 10, goalMax: 200 };

const avatarUrl = z
  .string()
  .max(limits.urlMax, `at most ${limits.urlMax} characters`)
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', 'an https URL');

const profileSchema = z.object({
  displayName: z
    .string()
    .trim()
    .min(1, 'must not be empty; send null to clear it')
    .max(limits.displayNameMax, `at most ${limits.displayNameMax} characters`)
    .nullable()
    .optional(),
  avatarUrl: avatarUrl.nullable().optional(),
  interests: z
    .array(z.uuid('a topic id'))
    .max(limits.interestsMax, `at most ${limits.interestsMax} topics`)
    .transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))])
    .optional(),
  preferredLanguages: z
    .array(z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code such as "en"'))
    .max(limits.languagesMax, `at most ${limits.languagesMax} languages`)
    .transform((codes) => [...new Set(codes)])
    .optional(),
  learningGoals: z
    .array(z.string().trim().min(1, 'must not be empty').max(limits.goalMax, `at most ${limits.goalMax} characters`))
    .max(limits.goalsMax, `at most ${limits.goalsMax} goals`)
    .optional(),
});

export type ProfileChange = z.infer<typeof profileSchema>;

/**
 * The profile fields to change: each one given is replaced (a list as a whole, null clears a text); each one
 * left out stays. Every invalid field is reported, by its path (`interests.2`).
 */
export const readProfileUpdate = (input: unknown): ProfileChange => readInput(profileSchema, input, 'profile');
