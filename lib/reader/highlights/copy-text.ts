/**
 * Copies text to the clipboard from the document it runs in: the asynchronous clipboard where
 * the frame may use it, else the older copy command on a hidden field (a frame inside a page
 * may be refused the clipboard API by the page's permissions policy).
 */
export async function copyText(doc: Document, text: string): Promise<boolean> {
  try {
    await doc.defaultView?.navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = doc.createElement('textarea');
    field.value = text;
    field.readOnly = true;
    field.style.cssText = 'position:fixed;top:0;left:0;opacity:0;pointer-events:none';
    doc.body.append(field);
    field.select();
    const copied = doc.execCommand('copy');
    field.remove();
    return copied;
  }
}
