import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { SiteId } from '@/lib/sites/types';
import { makeTestStory } from '@/tests/support/story-factory';
import { ChapterNav } from './ChapterNav';

describe('ChapterNav', () => {
  it.each([
    ['ao3', 'Archive of Our Own', 'Comments and kudos on Archive of Our Own'],
    ['otw:squidgeworld.org', 'SquidgeWorld Archive', 'Comments and kudos on SquidgeWorld Archive'],
    ['ffnet', 'FanFiction.Net', 'Reviews on FanFiction.Net'],
    ['fictionpress', 'FictionPress', 'Reviews on FictionPress'],
    ['royalroad', 'Royal Road', 'Comments on Royal Road'],
    ['spacebattles', 'SpaceBattles', 'Replies on SpaceBattles'],
    ['web', 'example.org', 'Comments on example.org'],
  ] as [SiteId, string, string][])(
    'on %s, a button says what the site has: "%s"',
    (site, siteName, name) => {
      const onComments = vi.fn();
      render(
        <ChapterNav
          story={makeTestStory({ site, siteName })}
          onNavigate={() => {}}
          onComments={onComments}
        />,
      );
      fireEvent.click(screen.getByRole('button', { name }));
      expect(onComments).toHaveBeenCalled();
    },
  );

  it('lists chapters in the picker without numbering a numbered title again', () => {
    const url = (n: number) => `https://www.royalroad.com/fiction/1/x/chapter/${n}/c`;
    render(
      <ChapterNav
        story={makeTestStory({
          site: 'royalroad',
          toc: [
            { title: 'Chapter 1: Loomings', url: url(1), current: true },
            { title: 'Chapter 2: The Carpet-Bag', url: url(2) },
            { title: 'Afterword', url: url(3) },
          ],
        })}
        onNavigate={() => {}}
        onComments={() => {}}
      />,
    );
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Chapter 1: Loomings',
      'Chapter 2: The Carpet-Bag',
      '3. Afterword',
    ]);
  });

  it('leaves out the way back or on when there is none', () => {
    render(<ChapterNav story={makeTestStory()} onNavigate={() => {}} onComments={() => {}} />);
    expect(screen.queryByTestId('prev-chapter')).toBeNull();
    expect(screen.queryByTestId('next-chapter')).toBeNull();
  });
});
