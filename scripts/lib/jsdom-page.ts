import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * A saved page in a DOM that behaves like the browser's: parsed by jsdom at its real URL, with
 * its inline stylesheets parsed, scripts not run and nothing fetched. Resolves once loaded.
 */
export async function loadPage(html: string, url: string): Promise<JSDOM> {
  // Pages' own CSS often has rules jsdom's parser does not know; that is noise here.
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, { url, contentType: 'text/html', virtualConsole });
  if (dom.window.document.readyState !== 'complete') {
    await new Promise<void>((resolve) => dom.window.addEventListener('load', () => resolve()));
  }
  return dom;
}
