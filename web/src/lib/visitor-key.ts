import { createHmac } from 'node:crypto';

/**
 * The key a visitor's views are counted under on one UTC day: an HMAC-SHA256 of their address and browser under
 * that day's key, itself an HMAC of the date under the site's secret. The catalog stores only this; without the
 * secret it names nobody, and a day's keys cannot be linked to another day's.
 * @example visitorKey(secret, new Date(), '203.0.113.7', 'Mozilla/5.0 …') // '9f2c…' (64 hex characters)
 */
export function visitorKey(secret: string, now: Date, address: string, userAgent: string): string {
  const dayKey = createHmac('sha256', secret).update(now.toISOString().slice(0, 10)).digest();
  return createHmac('sha256', dayKey).update(`${address}\n${userAgent}`).digest('hex');
}
