import { ReplyError } from '../protocol/reply.js';

interface Strtod {
  value: number;
  /** Characters consumed; 0 when no number starts the text. */
  length: number;
  /** C's ERANGE: the literal overflowed to infinity or underflowed to zero. */
  outOfRange: boolean;
}

const BLANKS = /^[ \t\n\v\f\r]*/;
const SPECIAL = /^([+-]?)(infinity|inf|nan(?:\([0-9A-Za-z_]*\))?)/i;
const HEX = /^([+-]?)0[xX]([0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP]([+-]?[0-9]+))?/;
const DECIMAL = /^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/;

/**
 * C's `strtod` for the C locale, which Redis uses for every float argument: blanks, a sign,
 * decimal or hexadecimal digits, `inf`, `infinity` and `nan`. JavaScript's own number parsing
 * rounds exactly like glibc, so only the grammar and the range report need reproducing.
 */
export function strtod(text: string): Strtod {
  const skipped = BLANKS.exec(text)?.[0].length ?? 0;
  const rest = text.slice(skipped);
  const special = SPECIAL.exec(rest);
  if (special) {
    const word = (special[2] ?? '').toLowerCase();
    const magnitude = word.startsWith('nan') ? Number.NaN : Number.POSITIVE_INFINITY;
    const value = special[1] === '-' ? -magnitude : magnitude;
    return { value, length: skipped + special[0].length, outOfRange: false };
  }
  const hex = HEX.exec(rest);
  if (hex) return { ...hexValue(hex), length: skipped + hex[0].length };
  const decimal = DECIMAL.exec(rest);
  if (!decimal) return { value: 0, length: 0, outOfRange: false };
  const value = Number(decimal[0]);
  const nonZeroDigits = /[1-9]/.test(decimal[1] ?? '');
  const outOfRange = !Number.isFinite(value) || (value === 0 && nonZeroDigits);
  return { value, length: skipped + decimal[0].length, outOfRange };
}

function hexValue(match: RegExpExecArray): Omit<Strtod, 'length'> {
  const [whole = '0', fraction = ''] = (match[2] ?? '0').split('.');
  const mantissa = BigInt(`0x${whole}${fraction}`);
  const exponent = Number(match[3] ?? '0') - 4 * fraction.length;
  const magnitude = Number(mantissa) * 2 ** exponent;
  const value = match[1] === '-' ? -magnitude : magnitude;
  return { value, outOfRange: !Number.isFinite(value) || (value === 0 && mantissa !== 0n) };
}

/**
 * Parses a float argument like Redis's `getDoubleFromObject` (scores, increments): the whole text
 * must be a number, without leading blanks, not NaN, and not overflowing. Throws Redis's reply.
 */
export function doubleArg(text: string, message = 'value is not a valid float'): number {
  const parsed = strtod(text);
  const invalid =
    text.length === 0 ||
    /^[ \t\n\v\f\r]/.test(text) ||
    parsed.length !== text.length ||
    (parsed.outOfRange && (!Number.isFinite(parsed.value) || parsed.value === 0)) ||
    Number.isNaN(parsed.value);
  if (invalid) throw new ReplyError(`ERR ${message}`);
  return parsed.value;
}

/**
 * Formats a double as Redis 7.0 replies with it (`%.17g`; `inf`, `-inf`). The digits are computed
 * from the exact binary value with round-half-even, as printf does, rather than with
 * `toPrecision`, which rounds ties away from zero.
 *
 * @example
 * formatDouble(1.1); // '1.1000000000000001'
 */
export function formatDouble(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0' : '0';
  const sign = value < 0 ? '-' : '';
  const { digits, exponent } = significantDigits(Math.abs(value), 17);
  const trimmed = digits.replace(/0+$/, '');
  if (exponent < -4 || exponent >= 17) {
    const mantissa = trimmed.length > 1 ? `${trimmed[0]}.${trimmed.slice(1)}` : trimmed;
    return `${sign}${mantissa}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${trimmed}`;
  const integer = trimmed.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = trimmed.slice(exponent + 1);
  return fraction ? `${sign}${integer}.${fraction}` : `${sign}${integer}`;
}

/** The first `precision` significant decimal digits of a positive finite double, and the power of ten of the first. */
function significantDigits(value: number, precision: number): { digits: string; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fractionBits = bits & ((1n << 52n) - 1n);
  const mantissa = biased === 0 ? fractionBits : fractionBits | (1n << 52n);
  const power = biased === 0 ? -1074 : biased - 1075;
  // value = mantissa * 2^power, written exactly as an integer times 10^shift.
  const exact = power >= 0 ? (mantissa << BigInt(power)).toString() : (mantissa * 5n ** BigInt(-power)).toString();
  const shift = Math.min(power, 0);
  let exponent = exact.length - 1 + shift;
  if (exact.length <= precision) return { digits: exact.padEnd(precision, '0'), exponent };
  const head = BigInt(exact.slice(0, precision));
  const rest = exact.slice(precision);
  const half = rest[0] === '5' && /^50*$/.test(rest);
  const roundUp = rest[0] !== undefined && (rest[0] > '5' || (rest[0] === '5' && !half) || (half && head % 2n === 1n));
  let digits = (roundUp ? head + 1n : head).toString();
  if (digits.length > precision) {
    digits = digits.slice(0, precision);
    exponent += 1;
  }
  return { digits, exponent };
}
