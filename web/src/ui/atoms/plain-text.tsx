/**
 * Text from a provider as paragraphs: a blank line starts a new one, a single line break stays a line break
 * (see `.plain-text` in global.css). Rendered as text, never as HTML, so any markup in it shows as written.
 * @example <PlainText text={resource.description} />
 */
export function PlainText({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return (
    <div className="plain-text">
      {paragraphs.map((paragraph, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity of their own and never reorder
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
