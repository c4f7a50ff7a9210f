import { formatDate } from '@/lib/format';

/**
 * A date from the catalog as a readable `<time>`; nothing when the value is not a date.
 * @example <DateText value="2026-03-02T00:00:00Z" /> // <time dateTime="2026-03-02T00:00:00Z">Mar 2, 2026</time>
 */
export function DateText({ value }: { value: string }) {
  const text = formatDate(value);
  return text ? <time dateTime={value}>{text}</time> : null;
}
