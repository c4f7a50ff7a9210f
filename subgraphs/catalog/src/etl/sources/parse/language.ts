/** English names of the languages MIT's providers teach in, as spreadsheets spell them. */
const codesByName: Record<string, string> = {
  arabic: 'ar',
  chinese: 'zh',
  english: 'en',
  french: 'fr',
  german: 'de',
  hindi: 'hi',
  italian: 'it',
  japanese: 'ja',
  korean: 'ko',
  mandarin: 'zh',
  portuguese: 'pt',
  russian: 'ru',
  spanish: 'es',
  turkish: 'tr',
};

/** Tags that say "no particular language" rather than naming one (ISO 639-2 special codes). */
const noLanguage = new Set(['mis', 'mul', 'und', 'zxx']);

/**
 * The ISO 639 code of a provider's language: a BCP 47 tag ("en-US", "zh-Hans" → its primary subtag) or an
 * English language name ("Spanish" → "es"). Null when missing, unknown, or a tag for "no language".
 *
 * @example
 * parseLanguage('en-US'); // 'en'
 * parseLanguage('Spanish'); // 'es'
 */
export function parseLanguage(value: string | null | undefined): string | null {
  const text = value?.trim().toLowerCase();
  if (!text) return null;
  const named = codesByName[text];
  if (named) return named;
  const tag = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/.exec(text);
  return tag?.[1] && !noLanguage.has(tag[1]) ? tag[1] : null;
}
