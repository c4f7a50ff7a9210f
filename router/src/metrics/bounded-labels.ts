/**
 * A label's values kept to a bounded set: the `known` values always pass, others pass while fewer than `limit`
 * distinct ones have been seen, and everything after that becomes `overflow`. Clients choose operation names and
 * subgraphs choose error codes, so without a bound each new one would be a new time series.
 *
 * @example
 * const label = boundedLabels({ limit: 100, overflow: 'other' });
 * label('ResourcePage'); // 'ResourcePage', until 100 other names came first
 */
export function boundedLabels(options: { limit: number; overflow: string; known?: Iterable<string> }) {
  const known = new Set(options.known ?? []);
  const seen = new Set<string>();
  const label = (value: string) => {
    if (known.has(value) || seen.has(value)) return value;
    if (seen.size >= options.limit) return options.overflow;
    seen.add(value);
    return value;
  };
  /** Adds values that always pass (e.g. the operations of the trusted documents). */
  label.know = (values: Iterable<string>) => {
    for (const value of values) known.add(value);
  };
  return label;
}
