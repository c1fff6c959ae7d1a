import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { makeTestStory } from '@/tests/support/story-factory';
import { WorkHeader } from './WorkHeader';

const BASE = 'https://archiveofourown.org/works/1851';
const NOW = Date.UTC(2025, 5, 15, 12);
const DAY = 86_400_000;

describe('WorkHeader', () => {
  it('shows relationships and the category up front, with the rating and warnings', () => {
    render(
      <WorkHeader
        story={makeTestStory({
          categories: [{ name: 'Gen' }],
          relationships: [{ name: 'Keeper & Brother' }, { name: 'Keeper/The Sea' }],
          characters: [{ name: 'The Keeper' }],
        })}
        baseUrl={BASE}
        wpm={250}
      />,
    );
    const tags = screen.getByTestId('tags');
    const relationships = screen.getByRole('list', { name: 'Relationships' });
    expect(
      within(relationships)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Keeper & Brother', 'Keeper/The Sea']);
    expect(tags.contains(relationships)).toBe(false);
    expect(screen.getByRole('list', { name: 'Categories' }).textContent).toBe('Gen');
    expect(screen.getByRole('list', { name: 'Rating and warnings' }).textContent).toBe(
      'General AudiencesNo Archive Warnings Apply',
    );
    // Characters and additional tags stay folded.
    expect(tags.hasAttribute('open')).toBe(false);
    expect(within(tags).getByText('More tags (3)')).toBeTruthy();
    expect(within(tags).getByText('The Keeper')).toBeTruthy();
  });

  it('sets apart the series a work is in', () => {
    render(
      <WorkHeader
        story={makeTestStory({
          series: [
            { title: 'Harbour Lights', part: 11, url: 'https://archiveofourown.org/series/1' },
            { title: 'Tide Tables', part: 8 },
          ],
        })}
        baseUrl={BASE}
        wpm={250}
      />,
    );
    expect(screen.getByTestId('series').textContent).toBe(
      'Part 11 of Harbour Lights · Part 8 of Tide Tables',
    );
  });

  it('says what a FanFiction.Net rating is', () => {
    render(
      <WorkHeader
        story={makeTestStory({ site: 'ffnet', rating: { name: 'Rated: T (Teen)' }, warnings: [] })}
        baseUrl={BASE}
        wpm={250}
      />,
    );
    expect(
      within(screen.getByRole('list', { name: 'Rating and warnings' })).getByText(
        'Rated: T (Teen)',
      ),
    ).toBeTruthy();
  });

  it('says when the reader last read the work, and where', () => {
    render(
      <WorkHeader
        story={makeTestStory()}
        baseUrl={BASE}
        wpm={250}
        lastRead={{ chapterLabel: 'chapter 2', at: NOW - 3 * DAY }}
        now={NOW}
      />,
    );
    expect(screen.getByTestId('last-read').textContent).toBe('Last read: chapter 2, 3 days ago');
  });

  it('says nothing of past reading without it, and no longer counts page loads', () => {
    render(<WorkHeader story={makeTestStory()} baseUrl={BASE} wpm={250} openCount={7} />);
    expect(screen.queryByTestId('last-read')).toBeNull();
    expect(screen.getByTestId('work-header').textContent).not.toMatch(/Opened|times|Fic Reader/);
  });
});
