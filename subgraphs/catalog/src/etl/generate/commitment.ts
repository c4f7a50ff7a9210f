/** A range read from a provider's wording; `max` equals `min` when the wording names one number. */
export interface Range {
  min: number;
  max: number;
}

const range = (match: RegExpExecArray | null): Range | null => {
  if (!match?.[1]) return null;
  const min = Number(match[1]);
  const max = match[2] ? Number(match[2]) : min;
  return min <= max ? { min, max } : null;
};

/** Weeks in "14 weeks", "12-14 weeks", "6 to 10 Weeks", "4 weeks per course"; null for days or months. */
export const weekRange = (duration: string | null): Range | null =>
  range(/^(\d+)(?:\s*(?:-|to)\s*(\d+))?\s*weeks?\b/i.exec(duration?.trim() ?? ''));

/** Weekly hours in "7 hrs/wk", "5-8 hours per week", "6-8 hrs/week"; null for hours a day. */
export const weeklyHourRange = (commitment: string | null): Range | null =>
  range(
    /^(\d+)(?:\s*-\s*(\d+))?\s*(?:hrs?|hours?)\s*(?:\/\s*|per\s+)(?:wks?|weeks?)\b/i.exec(commitment?.trim() ?? ''),
  );
