import { z } from 'zod';
import type { CertificationType, PriceInput } from '../../resource-input.js';

/** MITx Online's site: page paths and image sources in its API are relative to it. */
const site = 'https://mitxonline.mit.edu';

/** An absolute URL for a path on MITx Online (absolute URLs are kept as they are), or null when there is none. */
export function siteUrl(path: string | null | undefined): string | null {
  const text = path?.trim();
  return text && URL.canParse(text, site) ? new URL(text, site).toString() : null;
}

/** A non-negative decimal as MITx Online sends one: a number or a decimal string ("100.00"); `error` says what it is. */
export const decimal = (error: string) =>
  z.union(
    [
      z.number().nonnegative(),
      z
        .string()
        .trim()
        .regex(/^\d+(\.\d+)?$/)
        .transform(Number),
    ],
    { error },
  );

export const price = decimal('a price such as "100.00"');

/**
 * The enrollment modes of a course run or program, lower-cased: "audit" is the free track, "verified"
 * the paid one that earns a certificate.
 */
export const enrollmentModes = z
  .array(z.object({ mode_slug: z.string() }))
  .nullish()
  .transform((modes) => new Set((modes ?? []).map((mode) => mode.mode_slug.trim().toLowerCase())));

/** Dollar amounts as distinct prices, lowest first. */
function distinctPrices(amounts: number[]): PriceInput[] {
  return [...new Set(amounts.map((amount) => Math.round(amount * 100) / 100))]
    .sort((a, b) => a - b)
    .map((amount) => ({ amount, currency: 'USD' }));
}

/** The prices of one offering: nothing to audit, and what the certificate costs when the verified track is open. */
export function offerPrices(modes: ReadonlySet<string>, certificatePrices: number[]): PriceInput[] {
  return distinctPrices([...(modes.has('audit') ? [0] : []), ...(modes.has('verified') ? certificatePrices : [])]);
}

/**
 * The prices of a course or program: free when it can be audited, plus the price range the provider
 * states for it (`min_price`, `max_price`); without a stated range, the prices of its offerings.
 */
export function resourcePrices(
  auditable: boolean,
  range: Array<number | null | undefined>,
  offers: PriceInput[],
): PriceInput[] {
  const stated = range.filter((amount): amount is number => amount !== null && amount !== undefined);
  if (stated.length === 0) return distinctPrices(offers.map((offer) => offer.amount));
  return distinctPrices([...(auditable ? [0] : []), ...stated]);
}

const certificateTypes = new Map<string, CertificationType>([
  ['certificate of completion', 'COMPLETION'],
  ['micromasters credential', 'MICROMASTERS'],
]);

/**
 * The certificate a verified learner earns, by MITx Online's name for it. A name we do not know is still
 * a certificate MITx Online issues, so it counts as one of completion rather than failing the record.
 */
export function certificateType(certified: boolean, name: string | null | undefined): CertificationType {
  if (!certified) return 'NONE';
  return certificateTypes.get(name?.trim().toLowerCase() ?? '') ?? 'COMPLETION';
}
