import { useState } from 'preact/hooks';
import type { TabReply } from '@/lib/messaging/tab-protocol';
import type { Settings } from '@/lib/settings/values';
import { chapterLine, formatAgo, newChaptersLine, workProgress } from '../format';
import { ProgressBar } from '../ProgressBar';
import { NOT_STORY_TEXT } from './not-story';
import type { PopupLibrary } from './load-popup';
import { QuickSettings } from './QuickSettings';
import type { TabKind } from './tab-kind';

/** Props of ThisPage. */
export interface ThisPageProps {
  kind: TabKind;
  tabUrl?: string;
  reader?: TabReply;
  current?: PopupLibrary['current'];
  settings: Settings;
  onSetting: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
  /** Opens or closes the reader in the tab; resolves with its answer. */
  onToggleReader: () => Promise<TabReply>;
  /** Takes the tab to the work's saved chapter. */
  onContinue: (url: string) => void;
  now: number;
}

const sameAddress = (a: string, b?: string) => a.split('#')[0] === b?.split('#')[0];

/** The popup's first part: what this tab shows, where the reader is in it, and what to do. */
export function ThisPage(props: ThisPageProps) {
  const { kind, reader, current, settings, now } = props;
  const [answer, setAnswer] = useState<TabReply | undefined>(reader);
  const [busy, setBusy] = useState(false);
  if (kind.kind === 'restricted') {
    return (
      <section class="card this-page" aria-label="This page" data-testid="this-page">
        <p class="plain">
          The reader cannot open on this page: the browser keeps extensions out of its own pages and
          the extension stores. Open a story on one of the archives.
        </p>
        <QuickSettings settings={settings} onSetting={props.onSetting} />
      </section>
    );
  }
  const notStory = answer?.story === false;
  const open = answer?.open === true;
  const title = current?.title ?? answer?.title;
  const chapter = current?.lastChapter;
  const chapterText = current && chapterLine(current, chapter?.title);
  const elsewhere = current && !open && !sameAddress(current.lastUrl, props.tabUrl);
  const toggle = async () => {
    setBusy(true);
    const reply = await props.onToggleReader();
    setAnswer(reply);
    setBusy(false);
  };
  const openLabel = open
    ? 'Close the reader'
    : kind.kind === 'other'
      ? 'Open this page in the reader'
      : 'Open in reader';
  return (
    <section class="card this-page" aria-labelledby="this-page-title" data-testid="this-page">
      <p class="eyebrow">{kind.kind === 'site' ? kind.siteName : 'This page'}</p>
      <h2 id="this-page-title" class="work-title">
        {title ?? (kind.kind === 'site' ? 'Not a story page' : 'A page Fic Reader does not know')}
      </h2>
      {!current && answer?.chapterTitle && <p class="meta">{answer.chapterTitle}</p>}
      {current && (
        <>
          <p class="meta">
            {[
              chapterText,
              current.lastReadAt ? `read ${formatAgo(current.lastReadAt, now)}` : undefined,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <ProgressBar value={workProgress(current)} label={`${current.title}, how far read`} />
          {newChaptersLine(current) && <p class="badge">{newChaptersLine(current)}</p>}
        </>
      )}
      {notStory && (
        <p class="plain" data-testid="not-story">
          {answer?.notStory
            ? NOT_STORY_TEXT[answer.notStory]
            : (answer?.reason ?? NOT_STORY_TEXT.unknown)}
        </p>
      )}
      {kind.kind === 'other' && !current && !notStory && (
        <p class="plain">
          Fic Reader does not know this site, but it can look for a story on this page.
        </p>
      )}
      {answer?.ok === false && !notStory && answer.reason && (
        <p class="plain" role="alert">
          {answer.reason}
        </p>
      )}
      <div class="actions">
        {elsewhere && (
          <button
            type="button"
            class="btn primary"
            onClick={() => props.onContinue(current.lastUrl)}
            data-testid="continue-here"
          >
            Continue reading
          </button>
        )}
        {!(notStory && kind.kind === 'site') && (
          <button
            type="button"
            class={`btn ${elsewhere ? '' : 'primary'}`}
            disabled={busy}
            onClick={() => void toggle()}
            data-testid="open-in-reader"
          >
            {openLabel}
          </button>
        )}
      </div>
      <QuickSettings
        settings={settings}
        onSetting={props.onSetting}
        site={kind.kind === 'site' ? { id: kind.site, name: kind.siteName } : undefined}
      />
    </section>
  );
}
