import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings/values';
import { withBackground } from '../testing/background';
import { makeRow } from '../testing/make-row';
import { settleFramesAfterAll } from '../testing/settle';
import { HighlightsPage } from './HighlightsPage';
import { StatusSelect } from './StatusSelect';
import { VirtualList } from './VirtualList';

settleFramesAfterAll();

describe('VirtualList', () => {
  it('renders only the rows near the window, each saying its place in the whole list', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => `work ${i}`);
    render(
      <VirtualList
        items={items}
        heightOf={() => 100}
        keyOf={(s) => s}
        render={(s) => <span>{s}</span>}
        label="Works"
      />,
    );
    const rows = within(screen.getByRole('list', { name: 'Works' })).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(30);
    expect(rows[0]!.getAttribute('aria-setsize')).toBe('10000');
    expect(rows[1]!.getAttribute('aria-posinset')).toBe('2');
    expect(screen.getByRole('list').style.height).toBe('1000000px');
  });
});

describe('StatusSelect', () => {
  it('suggests "finished" when the last chapter was read, and only sets it when asked', () => {
    const onChange = vi.fn();
    const { work } = makeRow({ suggestFinished: true });
    render(<StatusSelect id="s" work={work} onChange={onChange} />);
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: /mark finished/ }));
    expect(onChange).toHaveBeenCalledWith('finished');
  });
});

describe('HighlightsPage', () => {
  it('lists highlights by work, searchable by text and note, filtered by colour name', async () => {
    const { highlights } = await withBackground();
    await highlights.put(
      'ffnet:77',
      {
        id: 'f1',
        anchor: {
          chapterId: '1',
          start: { block: 0, offset: 0 },
          end: { block: 0, offset: 5 },
          chapterStart: 0,
          chapterEnd: 5,
          exact: 'Hello',
          prefix: '',
          suffix: '',
          blockHash: '',
        },
        color: 'c2',
        note: 'a greeting',
      },
      1_700_000_050_000,
    );
    render(<HighlightsPage names={{ ...DEFAULT_SETTINGS.highlightNames, c2: 'lol' }} />);
    await waitFor(() => expect(screen.getAllByTestId('highlight')).toHaveLength(2));
    expect(screen.getByRole('heading', { name: 'Moby-Dick' })).toBeTruthy();
    fireEvent.input(screen.getByTestId('highlight-search'), { target: { value: 'greeting' } });
    expect(
      screen.getAllByTestId('highlight').map((h) => h.querySelector('blockquote')?.textContent),
    ).toEqual(['Hello']);
    fireEvent.input(screen.getByTestId('highlight-search'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Colour'), { target: { value: 'c2' } });
    expect(screen.getAllByTestId('highlight').map((h) => h.textContent)).toEqual([
      expect.stringContaining('lol'),
    ]);
  });
});
