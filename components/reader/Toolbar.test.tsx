import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { statusLine, type StatusInput } from '@/lib/reader/status-line';
import { Toolbar } from './Toolbar';

const noop = () => {};
const toolbarAt = (input: Partial<StatusInput>) =>
  render(
    <Toolbar
      title="The Lighthouse Keeper"
      panel="none"
      onPanel={noop}
      onHelp={noop}
      onClose={noop}
      line={statusLine({
        view: 'entire',
        chapterWords: [2500, 5000, 2500],
        chapterIndex: 1,
        wordsBefore: 2500,
        atEnd: false,
        wpm: 250,
        ...input,
      })}
    />,
  );
const bar = (name: string) => screen.getByRole('progressbar', { name });

describe('Toolbar', () => {
  it('shows the chapter and the work, as bars and in words', () => {
    toolbarAt({});
    expect(bar('Progress through the chapter').getAttribute('aria-valuenow')).toBe('50');
    expect(bar('Progress through the work').getAttribute('aria-valuenow')).toBe('50');
    expect(screen.getByTestId('time-left').textContent).toBe(
      '10 min left in this chapter · 50% · 20 min left in the work',
    );
  });

  it('has one full bar and no time left at the end of a one-shot', () => {
    toolbarAt({
      view: 'single',
      chapterWords: [1000],
      chapterIndex: 0,
      wordsBefore: 280,
      atEnd: true,
    });
    expect(screen.getAllByRole('progressbar')).toHaveLength(1);
    expect(bar('Progress through the work').getAttribute('aria-valuenow')).toBe('100');
    expect(screen.getByTestId('time-left').textContent).toBe('End of the work');
  });

  it('says a forum page’s bar is for this page', () => {
    toolbarAt({ view: 'multi' });
    expect(bar('Progress through this page').getAttribute('aria-valuenow')).toBe('50');
    expect(screen.getByTestId('time-left').textContent).toMatch(/left on this page$/);
  });

  it('says an estimated work figure is one', () => {
    toolbarAt({
      view: 'chapter',
      chapterWords: [2500],
      chapterIndex: 0,
      wordsBefore: 0,
      workWords: 10_000,
      chapterCount: '4/4',
      chapterNumber: 2,
    });
    expect(bar('Progress through the work').getAttribute('aria-valuetext')).toBe('about 25%');
  });

  it('keeps the time left apart from the title, which a narrow window may drop', () => {
    toolbarAt({});
    const title = screen.getByTitle('The Lighthouse Keeper');
    expect(title.contains(screen.getByTestId('time-left'))).toBe(false);
  });
});
