// Self-contained (inline style, no assets): the edge answers these when the origin that serves assets is down.
const STYLE = `body { margin: 0; min-height: 100vh; display: grid; place-items: center; font: 16px/1.5 system-ui, sans-serif;
  color: #1f2933; background: #f5f7fa; }
main { max-width: 32rem; padding: 2rem; text-align: center; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }`;

/**
 * A small HTML page the edge serves itself. The arguments are trusted text (the edge's own words and ids limited
 * to `[\w.:-]`), not escaped.
 *
 * @example
 * ```ts
 * c.html(page('Down for maintenance', "We'll be right back", 'Please try again in a minute.'), 503);
 * ```
 */
export function page(title: string, heading: string, ...paragraphs: string[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
${STYLE}
</style>
</head>
<body>
<main>
<h1>${heading}</h1>
${paragraphs.map((text) => `<p>${text}</p>`).join('\n')}
</main>
</body>
</html>
`;
}
