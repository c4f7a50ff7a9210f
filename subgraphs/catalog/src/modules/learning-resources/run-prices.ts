import type { PriceInput } from '../../etl/resource-input.js';

/**
 * Runs keep their prices in one JSON column as [amount, currency] pairs (a run's prices are only ever
 * read with the run); these two functions are the only place that knows that shape.
 */
export const storedRunPrices = (prices: PriceInput[]): Array<[number, string]> =>
  prices.map((price) => [price.amount, price.currency]);

/** The prices of a run as stored; anything that is not a list of pairs reads as no prices. */
export const readRunPrices = (stored: unknown): PriceInput[] =>
  Array.isArray(stored)
    ? stored.map((pair) => {
        const [amount, currency] = pair as [unknown, string];
        return { amount: Number(amount), currency };
      })
    : [];
