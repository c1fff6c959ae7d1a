import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { SettingsForm, type SettingsFormProps } from '@/components/SettingsForm';
import { commandForKey } from '@/lib/reader/keys';
import { readingPosition, type ReadingPosition } from '@/lib/reader/reading-position';
import { formatMinutes, minutesToRead } from '@/lib/reader/reading-time';
import type { RendererRegistry } from '@/lib/reader/renderer-registry';
import { isDark, readerStyle } from '@/lib/reader/style-vars';
import { scopeWorkSkin } from '@/lib/reader/work-skin';
import type { Settings } from '@/lib/settings/values';
import type { Story } from '@/lib/sites/types';
import { pure } from '@/components/pure';
import { wake } from '@/lib/reader/chunk-waker';
import { ChapterList } from './ChapterList';
import { ChapterNav as PlainChapterNav } from './ChapterNav';
import { ChapterSection as PlainChapterSection } from './ChapterSection';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Toolbar } from './Toolbar';
import { WorkHeader as PlainWorkHeader } from './WorkHeader';

const WorkHeader = pure(PlainWorkHeader);
const ChapterSection = pure(PlainChapterSection);
const ChapterNav = pure(PlainChapterNav);

/** Props of ReaderApp. */
export interface ReaderAppProps {
  story: Story;
  settings: Settings;
  registry: RendererRegistry;
  baseUrl: string;
  site?: SettingsFormProps['site'];
  prefersDark: boolean;
  onClose: () => void;
  onNavigate: (url: string) => void;
  onSetting: SettingsFormProps['onChange'];
  onComments: () => void;
  onPosition?: (position: ReadingPosition) => void;
  /** How many times the reader has opened this work. */
  openCount?: number;
}

type Panel = 'none' | 'chapters' | 'settings';

/** The reader view: toolbar, the work's header, its chapters, navigation, panels. */
export function ReaderApp(props: ReaderAppProps) {
  const { story, settings, registry, baseUrl } = props;
  const [panel, setPanel] = useState<Panel>('none');
  const [help, setHelp] = useState(false);
  const [position, setPosition] = useState<ReadingPosition | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const { className, style } = readerStyle(settings);
  const dark = isDark(settings, props.prefersDark);
  const skin = useMemo(
    () => (story.workSkin ? scopeWorkSkin(story.workSkin, dark) : ''),
    [story.workSkin, dark],
  );
  const several = story.chapters.length > 1;

  const sections = () => scroller.current?.querySelectorAll('section.fr-chapter') ?? [];
  const jumpTo = (chapterId: string) => {
    const section = scroller.current?.querySelector<HTMLElement>(
      `section[data-chapter-id="${CSS.escape(chapterId)}"]`,
    );
    section?.scrollIntoView({ block: 'start' });
    section?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    registry.setFocus(chapterId);
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

  useEffect(() => {
    scroller.current?.focus({ preventScroll: true });
  }, []);
  // While the reader is open the keyboard is the reader's, wherever focus is (it may have fallen
  // back to the page behind): one listener on the window, before the site's own handlers.
  const keyHandler = useRef<(event: KeyboardEvent) => void>(() => {});
  useEffect(() => {
    const onWindowKey = (event: KeyboardEvent) => keyHandler.current(event);
    window.addEventListener('keydown', onWindowKey, true);
    return () => window.removeEventListener('keydown', onWindowKey, true);
  }, []);
  const closeOverlay = (which: 'help' | 'panel') => {
    if (which === 'help') setHelp(false);
    else setPanel('none');
    scroller.current?.focus({ preventScroll: true });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Seen from the window, a key typed inside the reader seems to come from its host element:
    // the real target decides whether the key was typed into a field.
    const command = commandForKey({
      key: event.key,
      altKey: event.altKey,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      target: event.composedPath()[0] ?? event.target,
    });
    if (!command) return;
    event.preventDefault();
    event.stopPropagation();
    if (command === 'close') {
      if (help) closeOverlay('help');
      else if (panel !== 'none') closeOverlay('panel');
      else props.onClose();
    } else if (command === 'help') setHelp(true);
    else if (!help) step(command === 'next' ? 1 : -1);
  };
  keyHandler.current = onKeyDown;

  const track = () => {
    const el = scroller.current;
    if (!el) return;
    const next = readingPosition(story, sections(), registry, el.getBoundingClientRect().top + 8);
    if (!next) return;
    setPosition(next);
    props.onPosition?.(next);
    registry.setFocus(next.chapterId);
  };
  // Stable, so the memoised chapters do not re-render for a new function each frame.
  const attach = useCallback(
    (id: string, el: HTMLElement | null) => registry.attach(id, el),
    [registry],
  );
  // In-story links (footnotes): fragments never reach into a shadow root, and following one
  // would change the page's own URL. They are followed here, within the reader.
  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
    if (!link) return;
    event.preventDefault();
    const id = (link.getAttribute('href') ?? '').slice(1);
    const root = scroller.current?.getRootNode() as ShadowRoot | undefined;
    const target = id ? root?.getElementById(id) : null;
    if (!target) return;
    const chunk = target.closest('.fr-chunk');
    if (chunk) wake(chunk);
    target.scrollIntoView({ block: 'start' });
  };
  const frame = useRef(0);
  const onScroll = () => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(track);
  };
  // Measuring the position forces a layout: only when the reader scrolls, and once the story is
  // complete, never on every block that streams in.
  const complete = story.chapters.every((c) => c.complete);
  useEffect(() => {
    if (!complete) return;
    const id = requestAnimationFrame(track);
    return () => cancelAnimationFrame(id);
  }, [complete, story.chapters.length]);

  const current = position ? story.chapters[position.chapterIndex] : story.chapters[0];
  const wpm = settings.readingSpeed;
  // Time left at the reader's own speed: in this chapter, and in the work when there is more.
  const status = position
    ? [
        `${formatMinutes(minutesToRead(position.wordsLeftInChapter, wpm))} left in chapter`,
        position.wordsLeftInWork > position.wordsLeftInChapter
          ? `${formatMinutes(minutesToRead(position.wordsLeftInWork, wpm))} in the work`
          : '',
      ]
        .filter(Boolean)
        .join(' · ')
    : '';
  // "Chapter 2 of 14": the site's count ("14/?" counts what is written so far).
  const [written, planned] = (story.chapterCount ?? '').split('/');
  const total = planned && planned !== '?' ? planned : written;
  const chapterLabel = (i: number) => {
    if (story.view === 'single' || story.view === 'multi') return undefined;
    const number = story.chapters[i]?.number ?? i + 1;
    return `Chapter ${number}${total ? ` of ${total}` : ''}`;
  };

  return (
    <div class={className} style={style} lang="en" data-testid="reader" data-view={story.view}>
      {skin && <style>{skin}</style>}
      <Toolbar
        title={current?.title && several ? `${story.title} · ${current.title}` : story.title}
        panel={panel}
        onPanel={(p) => setPanel(panel === p ? 'none' : p)}
        onHelp={() => setHelp(true)}
        onClose={props.onClose}
        progress={position?.chapterProgress ?? 0}
        status={status}
      />
      <div
        class="fr-scroll"
        ref={scroller}
        tabIndex={-1}
        onScroll={onScroll}
        onClick={onClick}
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
            {...(props.openCount ? { openCount: props.openCount } : {})}
          />
          {story.chapters.map((chapter, i) => (
            <ChapterSection
              key={chapter.id}
              chapter={chapter}
              kicker={chapterLabel(i)}
              baseUrl={baseUrl}
              wpm={wpm}
              attach={attach}
              {...(story.language ? { lang: story.language } : {})}
            />
          ))}
          <ChapterNav story={story} onNavigate={props.onNavigate} onComments={props.onComments} />
        </main>
      </div>
      {panel !== 'none' && (
        <aside
          class="fr-panel"
          id="fr-panel"
          aria-label={panel === 'chapters' ? 'Chapters' : 'Reading settings'}
        >
          <h2>{panel === 'chapters' ? 'Chapters' : 'Reading settings'}</h2>
          {panel === 'chapters' ? (
            <ChapterList
              story={story}
              onJump={jumpTo}
              {...(current ? { currentChapterId: current.id } : {})}
            />
          ) : (
            <SettingsForm
              settings={settings}
              onChange={props.onSetting}
              {...(props.site ? { site: props.site } : {})}
            />
          )}
        </aside>
      )}
      {help && <ShortcutsDialog onClose={() => closeOverlay('help')} />}
    </div>
  );
}
