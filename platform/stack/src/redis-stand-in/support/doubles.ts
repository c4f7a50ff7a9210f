import { ReplyError } from '../protocol/reply.js';

const DECIMAL = /^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const INFINITY = /^([+-]?)inf(?:inity)?$/i;

/**
 * Parses a float argument as Redis does with C's `strtod` (scores, score bounds): decimal notation,
 * `inf` and `infinity` with a sign; not NaN, not blanks, and not a literal that overflows or
 * underflows. (Redis also takes C's hexadecimal floats; nothing in Learngraph sends them.)
 * Throws `ERR <message>`.
 */
export function doubleArg(text: string, message = 'value is not a valid float'): number {
  const infinity = INFINITY.exec(text);
  if (infinity) return infinity[1] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  const value = Number(text);
  const underflow = value === 0 && /[1-9]/.test(text.split(/[eE]/)[0] ?? '');
  if (!DECIMAL.test(text) || !Number.isFinite(value) || underflow) throw new ReplyError(`ERR ${message}`);
  return value;
}

/**
 * Formats a double as Redis 7.0 replies with it: C's `%.17g`, and `inf` / `-inf`. `toExponential`
 * gives the seventeen significant digits; `%g` then drops trailing zeros and picks plain or
 * exponential notation by the exponent.
 *
 * @example
 * formatDouble(1.1); // '1.1000000000000001'
 * formatDouble(1e20); // '1e+20'
 */
export function formatDouble(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0' : '0';
  const [mantissa = '', exponentText = ''] = value.toExponential(16).split('e');
  const exponent = Number(exponentText);
  const sign = value < 0 ? '-' : '';
  const digits = mantissa.replace(/[-.]/g, '').replace(/0+$/, '');
  if (exponent < -4 || exponent >= 17) {
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : '';
    const power = String(Math.abs(exponent)).padStart(2, '0');
    return `${sign}${digits[0]}${fraction}e${exponent < 0 ? '-' : '+'}${power}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const integer = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = digits.slice(exponent + 1);
  return fraction ? `${sign}${integer}.${fraction}` : `${sign}${integer}`;
}
