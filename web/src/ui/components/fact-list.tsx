import type { ReactNode } from 'react';

/** One fact: what it is about, and its value; a fact without a value is left out. */
export interface Fact {
  term: string;
  value: ReactNode;
}

/**
 * Facts as a description list, leaving out those without a value, so that a resource that says little shows
 * a short list rather than rows of "unknown".
 * @example <FactList facts={[{ term: 'Duration', value: '14 weeks' }]} />
 */
export function FactList({ facts }: { facts: Fact[] }) {
  const known = facts.filter((fact) => fact.value !== undefined && fact.value !== null && fact.value !== '');
  if (known.length === 0) return null;
  return (
    <dl className="fact-list">
      {known.map((fact) => (
        <div key={fact.term}>
          <dt>{fact.term}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
