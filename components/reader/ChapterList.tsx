import { useEffect, useRef, useState } from 'preact/hooks';
import { chapterListItems, type ChapterListItem } from '@/lib/reader/chapter-list-items';
import type { Story } from '@/lib/sites/types';
import { NoChapterList } from './NoChapterList';

/** Props of ChapterList. */
export interface ChapterListProps {
  story: Story;
  /** On pages holding several chapters, a chapter is reached by scrolling, not by loading. */
  onJump: (chapterId: string) => void;
  /** The chapter the reader is in (on a chapter page, the site's list marks it too). */
  currentChapterId?: string;
  /** Chapters whose end the reader has reached: marked read. */
  readChapterIds?: ReadonlySet<string>;
  /** Opens a chapter's page; without it, a chapter link is followed as a link. */
  onNavigate?: (url: string) => void;
  /** Scrolls to the current chapter and focuses it when the list opens (the default). */
  autoFocus?: boolean;
}

/**
 * The work's chapters, opened at the current one with focus on it. One stop for Tab (a roving
 * tabindex): ↑ ↓ Home End move through the list, Enter opens.
 */
export function ChapterList(props: ChapterListProps) {
  const { story, onJump, onNavigate, autoFocus = true } = props;
  const items = chapterListItems(story, props.currentChapterId, props.readChapterIds);
  const here = Math.max(
    0,
    items.findIndex((item) => item.current),
  );
  const [active, setActive] = useState(here);
  const refs = useRef<(HTMLElement | null)[]>([]);
  useEffect(() => {
    const el = refs.current[here];
    if (!autoFocus || !el) return;
    el.scrollIntoView?.({ block: 'center' });
    el.focus({ preventScroll: true });
  }, []);
  if (items.length === 0)
    return <NoChapterList story={story} {...(onNavigate ? { onNavigate } : {})} />;

  const open = (item: ChapterListItem) => {
    if (item.url) onNavigate?.(item.url);
    else if (item.chapterId) onJump(item.chapterId);
  };
  const move = (to: number) => {
    const i = Math.min(items.length - 1, Math.max(0, to));
    setActive(i);
    refs.current[i]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, i: number) => {
    const to = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: items.length - 1 }[event.key];
    if (to !== undefined) {
      event.preventDefault();
      move(to);
    } else if (event.key === 'Enter' && (!items[i]?.url || onNavigate)) {
      event.preventDefault();
      const item = items[i];
      if (item) open(item);
    }
  };
  const onClick = (event: MouseEvent, item: ChapterListItem) => {
    if (item.url && !onNavigate) return; // a plain link
    event.preventDefault();
    open(item);
  };

  return (
    <>
      <ol class="fr-toc" data-testid="toc" aria-describedby="fr-toc-keys">
        {items.map((item, i) => {
          const common = {
            ref: (el: HTMLElement | null) => {
              refs.current[i] = el;
            },
            tabIndex: i === active ? 0 : -1,
            onKeyDown: (e: KeyboardEvent) => onKeyDown(e, i),
            onFocus: () => setActive(i),
            onClick: (e: MouseEvent) => onClick(e, item),
            class: item.read ? 'fr-toc-read' : undefined,
          };
          const body = (
            <>
              <span class="fr-toc-mark" aria-hidden="true">
                {item.read ? '✓' : ''}
              </span>
              <span class="fr-toc-label">{item.label}</span>
              {item.read && <span class="fr-visually-hidden">, read</span>}
              {item.current && (
                <span class="fr-toc-here" aria-hidden="true">
                  You are here
                </span>
              )}
            </>
          );
          return (
            <li key={item.key}>
              {item.url ? (
                <a
                  href={item.url}
                  {...common}
                  {...(item.current ? { 'aria-current': 'page' } : {})}
                >
                  {body}
                </a>
              ) : (
                <button
                  type="button"
                  {...common}
                  {...(item.current ? { 'aria-current': 'location' } : {})}
                >
                  {body}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <p id="fr-toc-keys" class="fr-visually-hidden">
        Arrow keys, Home and End move through the chapters; Enter opens one.
      </p>
    </>
  );
}
