import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitize } from '@/lib/sanitize';
import type { UntrustedHtml } from '@/lib/sites/types';

/** Props of SafeHtml. */
export interface SafeHtmlProps {
  html: UntrustedHtml;
  baseUrl: string;
  class?: string;
  lang?: string;
}

/**
 * Untrusted HTML from the page (a summary, notes), shown through the sanitizer: it reaches the
 * DOM as sanitized nodes, never as an HTML string.
 */
export function SafeHtml({ html, baseUrl, class: className, lang }: SafeHtmlProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    ref.current?.replaceChildren(sanitize(html, baseUrl));
  }, [html, baseUrl]);
  return <div ref={ref} class={className} lang={lang} />;
}
