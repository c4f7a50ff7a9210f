import type { Availability } from '../../resource-input.js';

/**
 * Our availability for a provider's word: "dated" (runs with dates) or "anytime" (start whenever),
 * in any case; anything else gives null, as the provider has not said.
 *
 * @example
 * parseAvailability('Dated'); // 'DATED'
 */
export function parseAvailability(value: string | null | undefined): Availability | null {
  const word = value?.trim().toLowerCase();
  if (word === 'dated') return 'DATED';
  if (word === 'anytime') return 'ANYTIME';
  return null;
}
