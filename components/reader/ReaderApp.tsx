import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { pure } from '@/components/pure';
import type { SettingsFormProps } from '@/components/SettingsForm';
import { chapterKicker } from '@/lib/reader/chapter-heading';
import { highlightColorNames } from '@/lib/reader/highlights/colors';
import type { ReaderHighlights } from '@/lib/reader/highlights/reader-highlights';
import type { ReaderCommand } from '@/lib/reader/keys';
import type { ResumeOffer } from '@/lib/reader/progress/resume-offer';
import { statusLine } from '@/lib/reader/status-line';
import { storyStatusInput } from '@/lib/reader/story-status';
import { isDark, readerStyle } from '@/lib/reader/style-vars';
import type { ReaderView } from '@/lib/reader/view/reader-view';
import { scopeWorkSkin } from '@/lib/reader/work-skin';
import { ChapterNav as PlainChapterNav } from './ChapterNav';
import { ChapterSection as PlainChapterSection } from './ChapterSection';
import { HighlightOverlay, type HighlightKeys } from './HighlightOverlay';
import { followInStoryLink } from './in-story-links';
import { NoteMarkers } from './NoteMarkers';
import { ReaderPanel, type Panel as PanelName } from './ReaderPanel';
import { ResumeBar } from './ResumeBar';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Toolbar } from './Toolbar';
import { useReaderKeys } from './use-reader-keys';
import { useChapterStep } from './use-chapter-step';
import { WorkHeader as PlainWorkHeader } from './WorkHeader';

const WorkHeader = pure(PlainWorkHeader);
const ChapterSection = pure(PlainChapterSection);
const ChapterNav = pure(PlainChapterNav);

/** Props of ReaderApp. */
export interface ReaderAppProps {
  /** The open reader: story, settings, position and where blocks are (lib/reader/view). */
  view: ReaderView;
  site?: SettingsFormProps['site'];
  prefersDark: boolean;
  onClose: () => void;
  onNavigate: (url: string) => void;
  onSetting: SettingsFormProps['onChange'];
  onComments: () => void;
  /** An offer to go back to where the reader left off, and what to do with it. */
  offer?: ResumeOffer | null;
  /** "Last read: chapter 2, 3 days ago", as it was when the page opened. */
  lastRead?: { chapterLabel: string; at: number } | null;
  onAcceptOffer?: () => void;
  onDismissOffer?: () => void;
  /** The work's highlights (issue 11: lib/reader/highlights), once the session has them. */
  highlights?: ReaderHighlights | null;
}

type Panel = 'none' | PanelName;

/** The reader view: toolbar, the work's header, its chapters, navigation, panels. */
export function ReaderApp(props: ReaderAppProps) {
  const { view } = props;
  const { story, settings, position } = view;
  const baseUrl = view.baseUrl;
  const [panel, setPanel] = useState<Panel>('none');
  const [help, setHelp] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const { className, style } = readerStyle(settings);
  const dark = isDark(settings, props.prefersDark);
  const skin = useMemo(
    () => (story.workSkin ? scopeWorkSkin(story.workSkin, dark) : ''),
    [story.workSkin, dark],
  );
  const several = story.chapters.length > 1;

  const jumpTo = (chapterId: string) => {
    view.jumpTo(chapterId);
    setPanel('none');
  };
  const step = (direction: 1 | -1) => {
    if (several && position) {
      const target = story.chapters[position.chapterIndex + direction];
      if (target) return jumpTo(target.id);
    }
    const url = direction === 1 ? story.nextUrl : story.prevUrl;
    if (url) props.onNavigate(url);
  };

  const current = position ? story.chapters[position.chapterIndex] : story.chapters[0];
  // Where the reader is in the chapter, in words: for the status line and the arrow keys.
  const inChapter = position && {
    wordsBefore: (current?.words ?? 0) - position.wordsLeftInChapter,
    wordsLeft: position.wordsLeftInChapter,
  };
  const stepKey = useChapterStep(step, inChapter);

  // The view needs the scroller as soon as it exists (it scrolls to the saved place before the
  // reader is shown), so it is handed over from the ref, not from an effect.
  const attachScroller = useCallback(
    (element: HTMLDivElement | null) => {
      scroller.current = element;
      if (element) view.attachScroller(element);
    },
    [view],
  );
  useEffect(() => {
    scroller.current?.focus({ preventScroll: true });
  }, [view]);

  // Focus goes back to the control that opened a panel (or to the text).
  const closeOverlay = (which: 'help' | 'panel') => {
    if (which === 'help') setHelp(false);
    else {
      view.keepPlace();
      setPanel('none');
    }
    const back = which === 'panel' ? opener.current : null;
    (back?.isConnected ? back : scroller.current)?.focus({ preventScroll: true });
  };
  // Highlights: the toolbar, note, lens and status over the text take Escape first (issue 11).
  const hl = props.highlights ?? undefined;
  const hlKeys = useRef<HighlightKeys | null>(null);
  const names = highlightColorNames(settings);
  useReaderKeys((command: ReaderCommand) => {
    if (command === 'highlight') return hlKeys.current?.highlight();
    if (command === 'close' && !help && hlKeys.current?.escape()) return;
    if (command === 'close') {
      if (help) closeOverlay('help');
      else if (panel !== 'none') closeOverlay('panel');
      else props.onClose();
    } else if (command === 'help') setHelp(true);
    else if (command === 'continue') props.onAcceptOffer?.();
    else if (!help) stepKey.press(command === 'next' ? 1 : -1);
  });

  // Stable, so the memoised chapters do not re-render for a new function each frame.
  const attach = useCallback(
    (id: string, el: HTMLElement | null) => view.registry.attach(id, el),
    [view],
  );
  // In-story links (footnotes) are followed within the reader.
  const onClick = (event: MouseEvent) => {
    const root = scroller.current?.ownerDocument;
    if (root) followInStoryLink(event, root);
  };

  const wpm = settings.readingSpeed;
  const line =
    position && inChapter
      ? statusLine(
          storyStatusInput(
            story,
            { chapterIndex: position.chapterIndex, wordsBefore: inChapter.wordsBefore },
            view.atEnd,
            wpm,
          ),
        )
      : undefined;
  const opener = useRef<HTMLElement | null>(null);
  const openPanel = (next: Panel) => {
    opener.current = document.activeElement as HTMLElement | null;
    // On a wide window the panel sits beside the text, which moves over: keep the line read.
    view.keepPlace();
    setPanel(panel === next ? 'none' : next);
  };
  // A press on the text closes the settings or the chapter list (the disclosure pattern); the
  // highlights panel stays, as its orphans are re-attached by selecting text.
  const onTextPointerDown = () => {
    if (panel === 'settings' || panel === 'chapters') closeOverlay('panel');
  };

  return (
    <div
      class={`${className}${view.shown ? '' : ' fr-placing'}${panel === 'none' ? '' : ' fr-with-panel'}`}
      style={style}
      lang="en"
      data-testid="reader"
      data-view={story.view}
    >
      {skin && <style>{skin}</style>}
      <Toolbar
        title={current?.title && several ? `${story.title} · ${current.title}` : story.title}
        panel={panel}
        onPanel={openPanel}
        onHelp={() => setHelp(true)}
        onClose={props.onClose}
        highlights={Boolean(hl)}
        {...(line ? { line } : {})}
      />
      <div
        class="fr-scroll"
        ref={attachScroller}
        tabIndex={-1}
        onClick={onClick}
        onPointerDown={onTextPointerDown}
        data-testid="reader-scroll"
      >
        <main
          class="fr-page"
          {...(story.language ? { lang: story.language } : {})}
          aria-labelledby="fr-work-title"
        >
          <WorkHeader
            story={story}
            baseUrl={baseUrl}
            wpm={wpm}
            {...(props.lastRead ? { lastRead: props.lastRead } : {})}
            {...(view.record?.work ? { openCount: view.record.work.openCount } : {})}
          />
          {story.chapters.map((chapter, i) => (
            <ChapterSection
              key={chapter.id}
              chapter={chapter}
              kicker={chapterKicker(story, chapter, i)}
              baseUrl={baseUrl}
              wpm={wpm}
              attach={attach}
              {...(story.language ? { lang: story.language } : {})}
            />
          ))}
          <ChapterNav story={story} onNavigate={props.onNavigate} onComments={props.onComments} />
          {hl && <NoteMarkers hl={hl} scroller={scroller} />}
        </main>
      </div>
      {panel !== 'none' && (
        <ReaderPanel
          panel={panel}
          story={story}
          settings={settings}
          highlights={hl}
          names={names}
          currentChapterId={current?.id}
          record={view.record}
          site={props.site}
          onJump={jumpTo}
          onNavigate={props.onNavigate}
          onSetting={props.onSetting}
        />
      )}
      {props.offer?.kind === 'offer' && (
        <ResumeBar
          offer={props.offer}
          onAccept={() => props.onAcceptOffer?.()}
          onDismiss={() => props.onDismissOffer?.()}
        />
      )}
      {hl && (
        <HighlightOverlay hl={hl} story={story} names={names} scroller={scroller} keys={hlKeys} />
      )}
      {stepKey.hint}
      {help && <ShortcutsDialog onClose={() => closeOverlay('help')} />}
    </div>
  );
}
