/**
 * The plain text of untrusted HTML, read with an inert parser (DOMParser runs no script and
 * loads nothing), for decisions like "do these notes mention a warning".
 */
export function textOfHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}
