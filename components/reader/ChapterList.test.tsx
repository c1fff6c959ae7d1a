import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { TocEntry } from '@/lib/sites/types';
import { makeTestChapter, makeTestStory } from '@/tests/support/story-factory';
import { ChapterList } from './ChapterList';

const url = (n: number) => `https://archiveofourown.org/works/1851/chapters/${n}`;
// A long work: 135 chapters, the reader in chapter 40.
const toc: TocEntry[] = Array.from({ length: 135 }, (_, i) => ({
  title: `Watch ${i + 1}`,
  url: url(i + 1),
  chapterId: String(i + 1),
  ...(i === 39 ? { current: true } : {}),
}));
const longWork = makeTestStory({ toc, chapterCount: '135/135' });
const focused = () => document.activeElement as HTMLElement;

describe('ChapterList', () => {
  it('opens at the current chapter, scrolled to it and focused', () => {
    // jsdom does not lay out or scroll: record what the list asks to scroll to.
    const scrolled: (string | null)[] = [];
    HTMLElement.prototype.scrollIntoView = function (this: HTMLElement) {
      scrolled.push(this.textContent);
    };
    try {
      render(<ChapterList story={longWork} onJump={() => {}} />);
    } finally {
      delete (HTMLElement.prototype as Partial<HTMLElement>).scrollIntoView;
    }
    expect(focused().textContent).toContain('40. Watch 40');
    expect(focused().getAttribute('aria-current')).toBe('page');
    expect(scrolled).toEqual([expect.stringContaining('40. Watch 40')]);
  });

  it('is one Tab stop, and ↑ ↓ Home End move through it', () => {
    render(<ChapterList story={longWork} onJump={() => {}} />);
    const tabbable = () => screen.getAllByRole('link').filter((a) => a.tabIndex === 0);
    expect(tabbable()).toHaveLength(1);
    fireEvent.keyDown(focused(), { key: 'ArrowDown' });
    expect(focused().textContent).toContain('41. Watch 41');
    fireEvent.keyDown(focused(), { key: 'ArrowUp' });
    fireEvent.keyDown(focused(), { key: 'ArrowUp' });
    expect(focused().textContent).toContain('39. Watch 39');
    fireEvent.keyDown(focused(), { key: 'End' });
    expect(focused().textContent).toContain('135. Watch 135');
    fireEvent.keyDown(focused(), { key: 'ArrowDown' });
    expect(focused().textContent).toContain('135. Watch 135');
    fireEvent.keyDown(focused(), { key: 'Home' });
    expect(focused().textContent).toContain('1. Watch 1');
    expect(tabbable()).toEqual([focused()]);
  });

  it('opens the focused chapter with Enter', () => {
    const onNavigate = vi.fn();
    render(<ChapterList story={longWork} onJump={() => {}} onNavigate={onNavigate} />);
    fireEvent.keyDown(focused(), { key: 'ArrowDown' });
    fireEvent.keyDown(focused(), { key: 'Enter' });
    expect(onNavigate).toHaveBeenCalledWith(url(41));
  });

  it('jumps within the page on an entire work, from a click or Enter', () => {
    const onJump = vi.fn();
    const story = makeTestStory({
      view: 'entire',
      chapters: [makeTestChapter({ id: '10', number: 1, title: 'Dawn' }), makeTestChapter()],
    });
    render(<ChapterList story={story} onJump={onJump} currentChapterId="10" />);
    expect(focused().getAttribute('aria-current')).toBe('location');
    fireEvent.click(screen.getByRole('button', { name: /2\. The Seventh Boat/ }));
    expect(onJump).toHaveBeenCalledWith('11');
    fireEvent.keyDown(focused(), { key: 'Enter' });
    expect(onJump).toHaveBeenLastCalledWith('10');
  });

  it('marks read chapters and where the reader is, visibly and by name', () => {
    render(
      <ChapterList
        story={longWork}
        onJump={() => {}}
        readChapterIds={new Set(['38', '39'])}
        currentChapterId="40"
      />,
    );
    const read = screen.getByRole('link', { name: '39. Watch 39, read' });
    expect(read.querySelector('.fr-toc-mark')?.textContent).toBe('✓');
    expect(screen.getByRole('link', { name: '41. Watch 41' })).toBeTruthy();
    const here = screen.getByRole('link', { current: 'page' });
    expect(here.textContent).toContain('You are here');
  });

  it('does not take focus when asked not to', () => {
    render(<ChapterList story={longWork} onJump={() => {}} autoFocus={false} />);
    expect(document.activeElement).toBe(document.body);
  });

  it('on a page that lists no chapters but links the next, offers the way on', () => {
    const onNavigate = vi.fn();
    const story = makeTestStory({
      site: 'royalroad',
      siteName: 'Royal Road',
      canonicalUrl: 'https://www.royalroad.com/fiction/1/moby',
      nextUrl: 'https://www.royalroad.com/fiction/1/moby/chapter/2/c',
      toc: [],
    });
    render(<ChapterList story={story} onJump={() => {}} onNavigate={onNavigate} />);
    expect(screen.getByTestId('toc-empty').textContent).not.toMatch(/one chapter/);
    fireEvent.click(screen.getByRole('link', { name: 'Next chapter →' }));
    expect(onNavigate).toHaveBeenCalledWith(story.nextUrl);
    expect(screen.getByRole('link', { name: 'The work’s page on Royal Road' })).toBeTruthy();
  });

  it('says a one-shot has one chapter', () => {
    render(<ChapterList story={makeTestStory({ view: 'single', toc: [] })} onJump={() => {}} />);
    expect(screen.getByTestId('toc-empty').textContent).toBe('This work has one chapter.');
  });
});
