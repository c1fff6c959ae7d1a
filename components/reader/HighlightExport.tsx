import { downloadText, fileName } from '@/lib/reader/highlights/download';
import {
  highlightsJson,
  highlightsMarkdown,
  highlightsReadwiseCsv,
  type ExportItem,
  type ExportWork,
} from '@/lib/reader/highlights/export-formats';

/** Props of HighlightExport. */
export interface HighlightExportProps {
  work: ExportWork;
  items: ExportItem[];
}

/** The work's highlights as a file, made here and saved by the browser (no network). */
export function HighlightExport({ work, items }: HighlightExportProps) {
  const save = (text: string, ext: string, type: string) =>
    downloadText(document, text, fileName(work.title, ext), type);
  const empty = items.length === 0;
  return (
    <div class="fr-hl-export" role="group" aria-label="Export this work’s highlights">
      <span>Export:</span>
      <button
        type="button"
        class="fr-btn"
        disabled={empty}
        onClick={() => save(highlightsMarkdown(work, items), 'md', 'text/markdown')}
        data-testid="export-md"
      >
        Markdown
      </button>
      <button
        type="button"
        class="fr-btn"
        disabled={empty}
        onClick={() => save(highlightsJson(work, items, Date.now()), 'json', 'application/json')}
        data-testid="export-json"
      >
        JSON
      </button>
      <button
        type="button"
        class="fr-btn"
        disabled={empty}
        onClick={() => save(highlightsReadwiseCsv(work, items), 'csv', 'text/csv')}
        data-testid="export-csv"
      >
        Readwise CSV
      </button>
    </div>
  );
}
