import Link from 'next/link';

/**
 * Short links on one line, such as a resource's topics each linking to its page; still a list for screen readers.
 * Nothing when it is empty.
 * @example <LinkList links={[{ href: '/topics/42', label: 'Mathematics' }]} />
 */
export function LinkList({ links }: { links: ReadonlyArray<{ href: string; label: string }> }) {
  if (links.length === 0) return null;
  return (
    <ul className="inline-list">
      {links.map((link) => (
        <li key={link.href}>
          <Link href={link.href}>{link.label}</Link>
        </li>
      ))}
    </ul>
  );
}
