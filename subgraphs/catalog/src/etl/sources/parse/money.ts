import type { PriceInput } from '../../resource-input.js';

/**
 * Prices from provider text such as "$3,500", "13900.0", "1,870 USD" or a number; several amounts in one
 * text ("$1,200 - $2,400") give several prices. Unreadable text gives none. Amounts are rounded to cents.
 */
export function parsePrices(value: string | number | null | undefined, currency = 'USD'): PriceInput[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'number')
    return Number.isFinite(value) && value >= 0 ? [{ amount: Math.round(value * 100) / 100, currency }] : [];
  const amounts = value.replace(/,(?=\d{3})/g, '').match(/\d+(?:\.\d+)?/g) ?? [];
  return amounts.map((amount) => ({ amount: Math.round(Number(amount) * 100) / 100, currency }));
}
