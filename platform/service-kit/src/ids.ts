import { badUserInput } from './errors.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` is a UUID in its canonical text form (all our ids are). */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

/** `value` when it is a UUID; otherwise a BAD_USER_INPUT error naming `field`. */
export function requireUuid(value: string, field: string): string {
  if (isUuid(value)) return value.toLowerCase();
  const message = `${field} is not a valid id.`;
  throw badUserInput(message, [{ field, message }]);
}

/** The canonical (lower-case) form of a UUID, or null for anything else: an entity's `id` check. */
export function uuidId(value: string): string | null {
  return isUuid(value) ? value.toLowerCase() : null;
}
