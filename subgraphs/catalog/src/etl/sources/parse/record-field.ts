/**
 * One field of a record that has not been validated yet, or undefined when the record is not an object:
 * how an importer finds a malformed record's id, so that its failure names it.
 *
 * @example
 * parseRecord(schema, value, recordField(value, 'readable_id'));
 */
export function recordField(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}
