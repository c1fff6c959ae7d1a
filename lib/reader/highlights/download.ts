/**
 * Saves text as a file from the page it runs in: a Blob URL clicked through an `<a download>`.
 * Nothing leaves the machine (no network, no permission): the browser writes the file.
 */
export function downloadText(doc: Document, text: string, filename: string, type: string): void {
  const win = doc.defaultView;
  if (!win) return;
  const url = win.URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // After the click has been taken: revoking at once can cancel the download in some browsers.
  win.setTimeout(() => win.URL.revokeObjectURL(url), 1000);
}

/** A file name from a work's title: letters, digits and dashes. */
export function fileName(title: string, ext: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `${base || 'highlights'}-highlights.${ext}`;
}
