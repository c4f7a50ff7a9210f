import { Fragment, type ReactNode } from 'react';

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * A search highlight as React elements: the API sends HTML-escaped text with `<mark>` around matched words.
 * The text is split on the marks and unescaped, never set as HTML, so nothing else in it can become markup.
 * @example <HighlightedText html="Intro to &lt;b&gt; <mark>quantum</mark>" /> // Intro to <b> [quantum]
 */
export function HighlightedText({ html }: { html: string }) {
  const nodes: ReactNode[] = [];
  let offset = 0;
  for (const match of html.matchAll(/<mark>(.*?)<\/mark>/gs)) {
    nodes.push(<Fragment key={`text-${offset}`}>{unescapeHtml(html.slice(offset, match.index))}</Fragment>);
    nodes.push(<mark key={`mark-${match.index}`}>{unescapeHtml(match[1] ?? '')}</mark>);
    offset = match.index + match[0].length;
  }
  nodes.push(<Fragment key={`text-${offset}`}>{unescapeHtml(html.slice(offset))}</Fragment>);
  return <>{nodes}</>;
}

function unescapeHtml(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity);
}
