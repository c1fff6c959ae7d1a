import { useMemo } from 'preact/hooks';
import { mentionsWarnings } from '@/lib/reader/notes-warnings';
import { textOfHtml } from '@/lib/reader/text-of-html';
import type { UntrustedHtml } from '@/lib/sites/types';
import { SafeHtml } from './SafeHtml';

/** Props of Notes. */
export interface NotesProps {
  html?: UntrustedHtml;
  label: string;
  baseUrl: string;
  lang?: string;
}

/**
 * Author's notes, collapsed (readers asked for them out of the way, not deleted), but open when
 * they warn about the content.
 */
export function Notes({ html, label, baseUrl, lang }: NotesProps) {
  // Parsing notes to look for warnings is not free: once per text, not once per render.
  const warns = useMemo(() => (html ? mentionsWarnings(textOfHtml(html)) : false), [html]);
  if (!html) return null;
  return (
    <details class="fr-details fr-notes" open={warns} data-testid="notes">
      <summary>
        {label}
        {warns ? ' (content warnings)' : ''}
      </summary>
      <SafeHtml html={html} baseUrl={baseUrl} class="fr-details-body" lang={lang} />
    </details>
  );
}
