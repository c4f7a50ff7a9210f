import Link from 'next/link';

/** One option of a choice group: its label, the page that applies it, and whether it is the one in force. */
export interface Choice {
  label: string;
  href: string;
  current: boolean;
}

/**
 * A titled set of links of which exactly one is in force, such as the sort orders: plain links, so choosing
 * works without JavaScript and every choice has its own shareable address.
 * @example <ChoiceGroup id="sort" title="Sort by" choices={[{ label: 'Newest', href: '/', current: true }]} />
 */
export function ChoiceGroup({ id, title, choices }: { id: string; title: string; choices: Choice[] }) {
  const titleId = `${id}-title`;
  return (
    <div className="choice-group">
      <h3 id={titleId}>{title}</h3>
      <ul aria-labelledby={titleId}>
        {choices.map((choice) => (
          <li key={choice.href}>
            {/* not prefetched: a page of filters would otherwise ask the catalog for every list it links to */}
            <Link href={choice.href} prefetch={false} aria-current={choice.current ? 'true' : undefined}>
              {choice.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
