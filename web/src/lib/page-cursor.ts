/** Cursors are opaque and short; anything longer is not a link this site made. */
const MAX_CURSOR_LENGTH = 512;

/**
 * The `after` cursor from a list page's query string, or `undefined` (the first page) when the value is
 * missing, empty, repeated or too long. The router judges the rest: a cursor it rejects is shown as an error
 * with a way back to the first page.
 * @example pageCursor('YXJyYXljb25uZWN0aW9uOjIz') // 'YXJyYXljb25uZWN0aW9uOjIz'
 */
export function pageCursor(value: string | string[] | undefined): string | undefined {
  if (typeof value !== 'string' || value === '' || value.length > MAX_CURSOR_LENGTH) return undefined;
  return value;
}
