// Formats for text a learner reads. US English, as the catalog's providers write; dates in UTC, the zone the
// catalog stores them in, so that a start date reads the same wherever the page is rendered.
const locale = 'en-US';
const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
const languageNames = new Intl.DisplayNames([locale], { type: 'language' });

/** A price as the catalog gives it. */
export interface Price {
  amount: number;
  currency: string;
}

/**
 * A price in its currency, without cents when there are none. A currency code `Intl` does not know is shown
 * as it is rather than failing the page.
 * @example formatPrice({ amount: 1250, currency: 'USD' }) // '$1,250'
 */
export function formatPrice({ amount, currency }: Price): string {
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

/**
 * What a resource costs in a few words: "Free", its one price, or its lowest price when it has several.
 * `undefined` when the catalog does not know.
 * @example priceSummary(false, [{ amount: 950, currency: 'USD' }, { amount: 1200, currency: 'USD' }]) // 'From $950'
 */
export function priceSummary(free: boolean, prices: readonly Price[]): string | undefined {
  if (free) return 'Free';
  const paid = prices.filter((price) => price.amount > 0).sort((a, b) => a.amount - b.amount);
  const lowest = paid[0];
  if (!lowest) return undefined;
  const distinct = new Set(paid.map((price) => `${price.amount} ${price.currency}`));
  const cost = distinct.size > 1 ? `from ${formatPrice(lowest)}` : formatPrice(lowest);
  // free to audit, paid for the certificate: say both
  const withFree = paid.length < prices.length ? `Free or ${cost}` : cost;
  return withFree.charAt(0).toUpperCase() + withFree.slice(1);
}

/**
 * Every price of a resource or run, lowest first, a zero price as "Free"; `undefined` when there are none.
 * @example formatPrices(false, [{ amount: 0, currency: 'USD' }, { amount: 49, currency: 'USD' }]) // 'Free, $49'
 */
export function formatPrices(free: boolean, prices: readonly Price[]): string | undefined {
  if (free) return 'Free';
  const sorted = [...prices].sort((a, b) => a.amount - b.amount);
  const texts = new Set(sorted.map((price) => (price.amount > 0 ? formatPrice(price) : 'Free')));
  return texts.size > 0 ? [...texts].join(', ') : undefined;
}

/**
 * A term such as "Fall 2025" from a run's semester and year, or `undefined` when it has neither.
 * @example termName('Fall', 2025) // 'Fall 2025'
 */
export function termName(semester: string | null, year: number | null): string | undefined {
  return [semester, year].filter((part) => part !== null && part !== '').join(' ') || undefined;
}

/**
 * A date-time from the catalog as a date, or `undefined` when it is not one.
 * @example formatDate('2026-03-02T00:00:00Z') // 'Mar 2, 2026'
 */
export function formatDate(iso: string): string | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : dateFormat.format(date);
}

/**
 * An ISO 639 language code as the language's English name, or the code itself when it is unknown.
 * @example languageName('es') // 'Spanish'
 */
export function languageName(code: string): string {
  try {
    const name = languageNames.of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}
