import type { Delivery } from '../../resource-input.js';

/** Providers' words for how a resource is delivered, lower-cased. */
const deliveries: Record<string, Delivery> = {
  online: 'ONLINE',
  'live online': 'ONLINE',
  'live virtual': 'ONLINE',
  virtual: 'ONLINE',
  blended: 'HYBRID',
  hybrid: 'HYBRID',
  'in person': 'IN_PERSON',
  'in-person': 'IN_PERSON',
  'on campus': 'IN_PERSON',
  offline: 'OFFLINE',
};

/**
 * Our delivery modes for a provider's delivery words ("Online", "In person", "Blended", "On Campus", or a
 * list such as "Online|In Person"); words we do not know are dropped rather than guessed.
 *
 * @example
 * parseDelivery('Blended'); // ['HYBRID']
 */
export function parseDelivery(value: string | null | undefined): Delivery[] {
  const words = (value ?? '').split(/[|,;]/).map((word) => word.trim().toLowerCase().replace(/\s+/g, ' '));
  return [...new Set(words.map((word) => deliveries[word]).filter((delivery) => delivery !== undefined))];
}
