/**
 * Shortens text to at most `max` characters at a word boundary, with an ellipsis when anything was cut.
 * @example shorten('A long description of a course', 16) // 'A long…'
 */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/**
 * The URL when it is a web address a reader can safely follow, otherwise `undefined`: a provider's data could
 * carry `javascript:` or other schemes that must never become a link.
 * @example webUrl('https://ocw.mit.edu/courses/18-06') // 'https://ocw.mit.edu/courses/18-06'
 */
export function webUrl(url: string | null): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const { protocol } = new URL(url);
  return protocol === 'http:' || protocol === 'https:' ? url : undefined;
}

/**
 * A count with its noun, in the plural unless it is one.
 * @example plural(3, 'follower') // '3 followers'
 */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
