const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Trims provider text and turns blank strings (and missing values) into null. */
export function cleanText(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/**
 * Plain text from a provider's HTML fragment: tags removed, block ends turned into line breaks, common
 * entities decoded, runs of blank lines collapsed. For descriptions, not for rendering untrusted HTML.
 */
export function htmlToText(html: string | null | undefined): string | null {
  if (!html) return null;
  const text = html
    .replace(/<(br|\/p|\/div|\/li|\/h[1-6])\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#?\w+);/g, (match, name: string) => {
      if (entities[name]) return entities[name];
      if (/^#\d+$/.test(name)) return String.fromCodePoint(Number(name.slice(1)));
      return match;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
  return cleanText(text);
}

/** Splits a provider's delimited list ("a|b|c"), trimming and dropping empty items. */
export function splitList(value: string | null | undefined, separator: string | RegExp = '|'): string[] {
  return (value ?? '')
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);
}
