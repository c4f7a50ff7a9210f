/** A range read from a provider's text, e.g. "6 to 10 weeks" → { min: 6, max: 10 }. */
export interface Range {
  min: number;
  max: number;
}

const number = String.raw`(\d+(?:\.\d+)?)`;
const range = String.raw`${number}\s*(?:(?:to|-|–|a)\s*${number})?`;
const weeks = '(?:weeks?|wks?|semanas?)';
const weeksPattern = new RegExp(String.raw`(?<![\d.])${range}\s*${weeks}\b`, 'i');
const weeklyHoursPattern = new RegExp(
  String.raw`(?<![\d.])${range}\s*(?:hours?|hrs?)\s*(?:\/|per|a|each)\s*${weeks}\b`,
  'i',
);

function readRange(pattern: RegExp, text: string | null | undefined): Range | null {
  const match = pattern.exec(text ?? '');
  if (!match?.[1]) return null;
  const min = Number(match[1]);
  const max = match[2] ? Number(match[2]) : min;
  return min <= max ? { min, max } : null;
}

/**
 * Weeks from a duration that counts weeks ("6 weeks", "6 to 10 Weeks", "9 semanas"); null when it counts
 * days or months or has no number, since converting those would be a guess (a "5 days" course is not a
 * week of study). Fractions are rounded up, weeks being whole.
 *
 * @example
 * parseWeeks('6 to 10 Weeks'); // { min: 6, max: 10 }
 */
export function parseWeeks(text: string | null | undefined): Range | null {
  const found = readRange(weeksPattern, text);
  return found && { min: Math.ceil(found.min), max: Math.ceil(found.max) };
}

/**
 * Weekly hours from a time commitment stated per week ("6-8 hours/week", "4-6 hrs/wks", "7 hrs per week");
 * null for hours per day or in total, which say nothing reliable about a week.
 *
 * @example
 * parseWeeklyHours('6-8 hrs/wk'); // { min: 6, max: 8 }
 */
export function parseWeeklyHours(text: string | null | undefined): Range | null {
  return readRange(weeklyHoursPattern, text);
}
