import type { HighlightGroup } from '@/lib/messaging/requests/library-highlight-groups';
import {
  highlightsToJson,
  highlightsToMarkdown,
  highlightsToReadwiseCsv,
} from '@/lib/backup/highlight-formats';
import type { HighlightNames } from '@/lib/settings/values';
import { saveFile } from './save-file';

/** Props of HighlightExport. */
export interface HighlightExportProps {
  /** The highlights as filtered. */
  groups: HighlightGroup[];
  names: HighlightNames;
}

/** Exports the highlights shown: Markdown, JSON, or Readwise's CSV. */
export function HighlightExport({ groups, names }: HighlightExportProps) {
  const empty = groups.length === 0;
  const save = (text: string, ext: string, type: string) =>
    saveFile(new Blob([text], { type }), `fic-reader-highlights.${ext}`);
  return (
    <div class="export" role="group" aria-label="Export these highlights">
      <span class="muted">Export:</span>
      <button
        type="button"
        class="btn small"
        disabled={empty}
        onClick={() => save(highlightsToMarkdown(groups, names), 'md', 'text/markdown')}
      >
        Markdown
      </button>
      <button
        type="button"
        class="btn small"
        disabled={empty}
        onClick={() =>
          save(highlightsToJson(groups, names, Date.now()), 'json', 'application/json')
        }
      >
        JSON
      </button>
      <button
        type="button"
        class="btn small"
        disabled={empty}
        onClick={() => save(highlightsToReadwiseCsv(groups), 'csv', 'text/csv')}
      >
        Readwise CSV
      </button>
    </div>
  );
}
