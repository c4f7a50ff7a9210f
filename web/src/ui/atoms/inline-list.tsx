/**
 * A short list of names shown on one line, such as a run's instructors or a resource's topics; still a list
 * for screen readers. Nothing when it is empty.
 * @example <InlineList items={['Gilbert Strang', 'Alan Edelman']} />
 */
export function InlineList({ items }: { items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="inline-list">
      {/* the same name twice says nothing more, and names are the keys */}
      {[...new Set(items)].map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
