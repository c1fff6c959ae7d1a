/** Parses a page the way the browser's DOMParser does (scripts inert, nothing fetched). */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Plain text of an HTML fragment, blocks separated by spaces. */
export function textOfHtml(html: string | undefined): string {
  const doc = parseHtml(
    `<body>${(html ?? '').replace(/<(p|br|div|hr|li|h\d|blockquote)\b/gi, ' <$1')}</body>`,
  );
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}
