import { z } from 'zod';
import type { PriceInput, ResourceInput } from '../../resource-input.js';
import { parseAvailability } from '../parse/availability.js';
import { parseDelivery } from '../parse/delivery.js';
import { parseWeeklyHours, parseWeeks } from '../parse/duration.js';
import { namedList } from '../parse/named-list.js';
import { cleanText } from '../parse/text.js';

/** Platform codes for the partners xPRO lists its courses for (as MIT Learn maps them); missing means xPRO's own. */
const platforms = new Map([
  ['xPRO', 'xpro'],
  ['Emeritus', 'emeritus'],
  ['Global Alumni', 'globalalumni'],
  ['Simplilearn', 'simplilearn'],
  ['Susskind', 'susskind'],
  ['WHU', 'whu'],
]);
export const platform = z
  .string()
  .nullish()
  .refine((name) => !name || platforms.has(name), `one of ${[...platforms.keys()].join(', ')}`)
  .transform((name) => (name && platforms.get(name)) || 'xpro');

/**
 * xPRO's topics as its own topic names: xPRO qualifies them by area ("Business:Leadership & Organizations"),
 * and the taxonomy's xpro mappings use the part after the colon.
 */
export const topics = namedList.transform((list) =>
  [...new Set(list.map((name) => name.split(':').at(-1)?.trim() ?? ''))].filter(Boolean),
);

/** Prices without repeats, lowest first. */
export const distinctPrices = (prices: PriceInput[]): PriceInput[] =>
  [...new Map(prices.map((price) => [`${price.amount} ${price.currency}`, price])).values()].sort(
    (a, b) => a.amount - b.amount,
  );

/** The fields of a course or program that say how long it takes and how it is given. */
export const effortShape = {
  format: z.string().nullish(),
  availability: z.string().nullish(),
  duration: z.string().nullish(),
  time_commitment: z.string().nullish(),
  min_weeks: z.number().int().nonnegative().nullish(),
  max_weeks: z.number().int().nonnegative().nullish(),
  min_weekly_hours: z.number().nonnegative().nullish(),
  max_weekly_hours: z.number().nonnegative().nullish(),
};
const effortSchema = z.object(effortShape);

/**
 * What every xPRO resource is: offered by xPRO, professional, with a professional certificate, taken
 * online at one's own pace (xPRO's runs have dates, but within them the material is asynchronous; MIT
 * Learn maps xPRO so too), plus its delivery, availability and effort. Weeks and weekly hours come from
 * the numbers xPRO sends, else from the text; `weeksApply` is false when the duration is not the
 * resource's own ("4 weeks per course" for a program).
 */
export function xproTraits(effort: z.infer<typeof effortSchema>, weeksApply = true) {
  const duration = cleanText(effort.duration);
  const timeCommitment = cleanText(effort.time_commitment);
  const weeks = weeksApply ? parseWeeks(duration) : null;
  const hours = parseWeeklyHours(timeCommitment);
  return {
    offeredBy: 'xpro',
    professional: true,
    certification: true,
    certificationType: 'PROFESSIONAL',
    delivery: parseDelivery(effort.format),
    pace: ['SELF_PACED'],
    format: ['ASYNCHRONOUS'],
    availability: parseAvailability(effort.availability),
    duration,
    timeCommitment,
    minWeeks: effort.min_weeks ?? weeks?.min ?? null,
    maxWeeks: effort.max_weeks ?? weeks?.max ?? null,
    minWeeklyHours: effort.min_weekly_hours ?? hours?.min ?? null,
    maxWeeklyHours: effort.max_weekly_hours ?? hours?.max ?? null,
  } satisfies Partial<ResourceInput>;
}
