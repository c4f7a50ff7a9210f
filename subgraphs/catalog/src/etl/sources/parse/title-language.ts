import { parseLanguage } from './language.js';

/**
 * The language a title names in a trailing parenthesis, the way MIT's professional programmes mark their
 * translated offerings ("Manufatura Inteligente … (Portuguese)"); null when the title names none. Only
 * language names count: a short parenthesis such as "(AI)" is an abbreviation, not a language tag.
 *
 * @example
 * titleLanguage('Programa en Alta Dirección: Chief Product Officer (Spanish)'); // 'es'
 */
export function titleLanguage(title: string): string | null {
  const name = /\(([^()]+)\)\s*$/.exec(title)?.[1]?.trim();
  return name && /^\p{L}{4,}$/u.test(name) ? parseLanguage(name) : null;
}
