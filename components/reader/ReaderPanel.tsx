import { SettingsForm, type SettingsFormProps } from '@/components/SettingsForm';
import type { HighlightColorNames } from '@/lib/reader/highlights/colors';
import type { ReaderHighlights } from '@/lib/reader/highlights/reader-highlights';
import type { Settings } from '@/lib/settings/values';
import type { Story } from '@/lib/sites/types';
import type { WorkRecord } from '@/lib/reader/view/reader-view';
import { ChapterList } from './ChapterList';
import { HighlightsPanel } from './HighlightsPanel';

/** The reader's side panels. */
export type Panel = 'chapters' | 'settings' | 'highlights';

const PANEL_TITLES: Record<Panel, string> = {
  chapters: 'Chapters',
  settings: 'Reading settings',
  highlights: 'Highlights and notes',
};

/** Props of ReaderPanel. */
export interface ReaderPanelProps {
  panel: Panel;
  story: Story;
  settings: Settings;
  highlights: ReaderHighlights | undefined;
  names: HighlightColorNames;
  currentChapterId: string | undefined;
  /** The background's record: the chapter list marks the chapters read. */
  record: WorkRecord | null;
  site: SettingsFormProps['site'];
  onJump: (chapterId: string) => void;
  onNavigate: (url: string) => void;
  onSetting: SettingsFormProps['onChange'];
}

/** The open side panel: the chapter list, the highlights, or the reading settings. */
export function ReaderPanel(props: ReaderPanelProps) {
  const { panel, story, highlights: hl, record } = props;
  const read = record && new Set(record.chapters.filter((c) => c.read).map((c) => c.chapterId));
  return (
    <aside class="fr-panel" id="fr-panel" aria-label={PANEL_TITLES[panel]}>
      <h2>{PANEL_TITLES[panel]}</h2>
      {panel === 'highlights' && hl ? (
        <HighlightsPanel hl={hl} story={story} names={props.names} onNavigate={props.onNavigate} />
      ) : panel === 'chapters' ? (
        <ChapterList
          story={story}
          onJump={props.onJump}
          onNavigate={props.onNavigate}
          {...(props.currentChapterId ? { currentChapterId: props.currentChapterId } : {})}
          {...(read ? { readChapterIds: read } : {})}
        />
      ) : (
        <SettingsForm
          settings={props.settings}
          onChange={props.onSetting}
          {...(props.site ? { site: props.site } : {})}
        />
      )}
    </aside>
  );
}
