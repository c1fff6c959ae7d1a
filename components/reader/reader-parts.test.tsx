import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings/values';
import { SettingsForm } from '../SettingsForm';
import { ChapterList } from './ChapterList';
import { ChapterNav } from './ChapterNav';
import { Notes } from './Notes';
import { ShortcutsDialog } from './ShortcutsDialog';
import { makeTestChapter, makeTestStory } from '@/tests/support/story-factory';
import { Toolbar } from './Toolbar';
import { WorkHeader } from './WorkHeader';

const BASE = 'https://archiveofourown.org/works/1851/chapters/11';

describe('WorkHeader', () => {
  it('shows title, creators, rating and warnings, and folds the other tags', () => {
    render(
      <WorkHeader
        story={makeTestStory({ summary: '<p>Seven boats <b>went</b> out.</p>' })}
        baseUrl={BASE}
        wpm={250}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('The Lighthouse Keeper');
    expect(screen.getByRole('link', { name: 'quietharbour' }).getAttribute('href')).toBe(
      'https://archiveofourown.org/users/quietharbour',
    );
    expect(screen.getByRole('link', { name: 'General Audiences' })).toBeTruthy();
    expect(screen.getByText('No Archive Warnings Apply')).toBeTruthy();
    const tags = screen.getByTestId('tags');
    expect(tags.hasAttribute('open')).toBe(false);
    expect(within(tags).getByText('Sea')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Summary' }).textContent).toContain(
      'Seven boats went out.',
    );
    // 12,300 words at 250 wpm.
    expect(screen.getByText(/12,300 words · 49 min/)).toBeTruthy();
  });

  it('says when the page holds only part of the text', () => {
    render(<WorkHeader story={makeTestStory({ partial: true })} baseUrl={BASE} wpm={250} />);
    expect(screen.getByRole('note').textContent).toMatch(/only part of the chapter/);
  });
});

describe('Notes', () => {
  it('folds notes away', () => {
    render(<Notes html="<p>Thanks for reading!</p>" label="Notes" baseUrl={BASE} />);
    expect(screen.getByTestId('notes').hasAttribute('open')).toBe(false);
  });

  it('keeps notes that warn about the content open, and says so', () => {
    render(<Notes html="<p>TW: a storm at sea.</p>" label="Chapter notes" baseUrl={BASE} />);
    const notes = screen.getByTestId('notes');
    expect(notes.hasAttribute('open')).toBe(true);
    expect(notes.querySelector('summary')?.textContent).toBe('Chapter notes (content warnings)');
  });

  it('shows notes through the sanitizer', () => {
    render(
      <Notes
        html={'<p onclick="x()">Hi<script>alert(1)</script></p>'}
        label="Notes"
        baseUrl={BASE}
      />,
    );
    expect(screen.getByTestId('notes').innerHTML).not.toMatch(/onclick|script/);
  });
});

describe('ChapterNav', () => {
  const story = makeTestStory({
    prevUrl: 'https://archiveofourown.org/works/1851/chapters/10',
    nextUrl: 'https://archiveofourown.org/works/1851/chapters/12',
    toc: [
      { title: 'Dawn', url: 'https://archiveofourown.org/works/1851/chapters/10', chapterId: '10' },
      { title: 'The Seventh Boat', url: BASE, chapterId: '11', current: true },
      {
        title: 'Night',
        url: 'https://archiveofourown.org/works/1851/chapters/12',
        chapterId: '12',
      },
    ],
  });

  it('links the previous and next chapters at their site URLs', () => {
    render(<ChapterNav story={story} onNavigate={() => {}} onComments={() => {}} />);
    expect(screen.getByTestId('prev-chapter').getAttribute('href')).toBe(story.prevUrl);
    expect(screen.getByTestId('next-chapter').getAttribute('href')).toBe(story.nextUrl);
  });

  it('goes to the chapter picked in the list', () => {
    const onNavigate = vi.fn();
    render(<ChapterNav story={story} onNavigate={onNavigate} onComments={() => {}} />);
    const select = screen.getByTestId('chapter-select') as HTMLSelectElement;
    expect(select.value).toBe(BASE);
    fireEvent.change(select, {
      target: { value: 'https://archiveofourown.org/works/1851/chapters/12' },
    });
    expect(onNavigate).toHaveBeenCalledWith('https://archiveofourown.org/works/1851/chapters/12');
  });

  it('sends the reader to the comments', () => {
    const onComments = vi.fn();
    render(<ChapterNav story={story} onNavigate={() => {}} onComments={onComments} />);
    fireEvent.click(
      screen.getByRole('button', { name: /Comments and kudos on Archive of Our Own/ }),
    );
    expect(onComments).toHaveBeenCalled();
  });
});

describe('ChapterList', () => {
  it("marks the current chapter among the site's chapter links", () => {
    const story = makeTestStory({
      toc: [
        { title: 'Dawn', url: 'https://archiveofourown.org/works/1851/chapters/10' },
        { title: 'The Seventh Boat', url: BASE, current: true },
      ],
    });
    render(<ChapterList story={story} onJump={() => {}} />);
    expect(
      screen.getByRole('link', { name: '2. The Seventh Boat' }).getAttribute('aria-current'),
    ).toBe('page');
  });

  it('jumps within the page on an entire work', () => {
    const onJump = vi.fn();
    const story = makeTestStory({
      view: 'entire',
      chapters: [makeTestChapter({ id: '10', number: 1, title: 'Dawn' }), makeTestChapter()],
    });
    render(<ChapterList story={story} onJump={onJump} currentChapterId="10" />);
    expect(screen.getByRole('button', { name: '1. Dawn' }).getAttribute('aria-current')).toBe(
      'location',
    );
    fireEvent.click(screen.getByRole('button', { name: '2. The Seventh Boat' }));
    expect(onJump).toHaveBeenCalledWith('11');
  });
});

describe('Toolbar', () => {
  it('reports progress through the chapter and labels every control', () => {
    render(
      <Toolbar
        title="The Lighthouse Keeper"
        panel="none"
        onPanel={() => {}}
        onHelp={() => {}}
        onClose={() => {}}
        progress={0.42}
        status="5 min left in chapter"
      />,
    );
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('42');
    for (const name of ['Reading settings', 'Keyboard shortcuts', 'Close the reader']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    expect(screen.getByTestId('time-left').textContent).toContain('5 min left in chapter');
  });
});

describe('SettingsForm', () => {
  it('changes each setting it shows', () => {
    const onChange = vi.fn();
    render(
      <SettingsForm
        settings={DEFAULT_SETTINGS}
        onChange={onChange}
        site={{ id: 'ao3', name: 'Archive of Our Own' }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Sepia' }));
    expect(onChange).toHaveBeenCalledWith('theme', 'sepia');
    fireEvent.input(screen.getByLabelText(/Text size/), { target: { value: '23' } });
    expect(onChange).toHaveBeenCalledWith('fontSize', 23);
    fireEvent.change(screen.getByLabelText('Font'), { target: { value: 'opendyslexic' } });
    expect(onChange).toHaveBeenCalledWith('fontFamily', 'opendyslexic');
    fireEvent.click(screen.getByLabelText('Open the reader by itself on Archive of Our Own'));
    expect(onChange).toHaveBeenCalledWith('autoOpenOff', ['ao3']);
  });

  it('ignores a reading speed that is not a number', () => {
    const onChange = vi.fn();
    render(<SettingsForm settings={DEFAULT_SETTINGS} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText(/Reading speed/), { target: { value: '' } });
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('ShortcutsDialog', () => {
  it('lists the shortcuts and closes', () => {
    const onClose = vi.fn();
    render(<ShortcutsDialog onClose={onClose} />);
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' }).textContent).toContain(
      'Next chapter',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });
});
