import { type Price, priceSummary } from '@/lib/format';
import { Badge } from './badge';

/**
 * What a resource costs: a "Free" badge, or its price (the lowest, when it has several). Nothing when the
 * catalog does not know.
 * @example <PriceTag free={false} prices={[{ amount: 950, currency: 'USD' }]} /> // $950
 */
export function PriceTag({ free, prices }: { free: boolean; prices: readonly Price[] }) {
  const summary = priceSummary(free, prices);
  return summary ? <Badge highlight={free}>{summary}</Badge> : null;
}
