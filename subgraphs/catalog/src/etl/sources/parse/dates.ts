/**
 * A provider date or date-time as a Date, or null when missing or unreadable. Plain dates ("2024-10-20")
 * are taken as midnight UTC, so that the same feed always yields the same instant.
 */
export function parseDate(value: string | null | undefined): Date | null {
  const text = value?.trim();
  if (!text) return null;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  return Number.isNaN(date.getTime()) ? null : date;
}
