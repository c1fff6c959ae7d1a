import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { StagedImport } from '@/lib/backup/backup-client';
import type { ImportPreview } from '@/lib/backup/port-protocol';
import { SHORTCUTS } from '@/lib/reader/keys';
import { DEFAULT_SETTINGS } from '@/lib/settings/values';
import { withBackground } from '../testing/background';
import { settleFramesAfterAll } from '../testing/settle';
import { ImportPreviewPanel } from './ImportPreviewPanel';
import { SettingsPage } from './SettingsPage';

settleFramesAfterAll();

const zero = { added: 0, updated: 0, removed: 0 };
const preview: ImportPreview = {
  counts: {
    works: { added: 12, updated: 40, removed: 0 },
    progress: zero,
    chapters: zero,
    highlights: { ...zero, added: 3 },
    activity: zero,
    tombstones: zero,
  },
  deletedHere: 2,
  orphans: 0,
  unchanged: false,
};

describe('SettingsPage', () => {
  it('shows every setting the issue names: typography, sites, resume, colours, privacy, shortcuts', () => {
    const onSetting = vi.fn();
    render(<SettingsPage settings={DEFAULT_SETTINGS} onSetting={onSetting} />);
    expect(screen.getByLabelText('Font')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Wattpad'));
    expect(onSetting).toHaveBeenCalledWith('autoOpenOff', ['wattpad']);
    fireEvent.click(screen.getByLabelText('Offer to go there, and let me choose'));
    expect(onSetting).toHaveBeenCalledWith('resumeBehaviour', 'ask');
    fireEvent.change(screen.getByDisplayValue('funny'), { target: { value: 'lol' } });
    expect(onSetting).toHaveBeenCalledWith('highlightNames', {
      ...DEFAULT_SETTINGS.highlightNames,
      c2: 'lol',
    });
    expect(
      (screen.getByLabelText(/Remember works read in private windows/) as HTMLInputElement).checked,
    ).toBe(false);
    for (const s of SHORTCUTS) expect(screen.getByText(s.label)).toBeTruthy();
  });

  it('clears the history only once the reader confirms', async () => {
    const { requests } = await withBackground();
    render(<SettingsPage settings={DEFAULT_SETTINGS} onSetting={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear the history…' }));
    expect(requests).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear everything' }));
    await screen.findByText('History cleared: 4 works forgotten.');
  });
});

describe('ImportPreviewPanel', () => {
  it('says what will change before anything is written, and imports with the reader’s choices', async () => {
    const commit = vi.fn(async () => preview);
    const staged: StagedImport = {
      preview,
      warnings: ['1 record was listed twice in the file; the copies were merged.'],
      exportedAt: 0,
      hasSettings: true,
      commit,
      cancel: vi.fn(),
    };
    const onDone = vi.fn();
    render(
      <ImportPreviewPanel staged={staged} onDone={onDone} onError={vi.fn()} onCancel={vi.fn()} />,
    );
    expect(screen.getByTestId('preview-sentence').textContent).toBe(
      '12 works added, 40 updated, 3 highlights added.',
    );
    expect(
      screen.getByText('1 record was listed twice in the file; the copies were merged.'),
    ).toBeTruthy();
    expect(commit).not.toHaveBeenCalled();
    fireEvent.click(screen.getByLabelText(/Bring back 2 works you deleted here/));
    fireEvent.click(screen.getByTestId('confirm-import'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(preview));
    expect(commit).toHaveBeenCalledWith(
      { restoreDeleted: true, settings: false },
      expect.any(Function),
    );
  });

  it('shows how many records are written while a long import runs', async () => {
    let finish: () => void = () => undefined;
    let report: (written: number, total: number) => void = () => undefined;
    const staged: StagedImport = {
      preview,
      warnings: [],
      exportedAt: 0,
      hasSettings: false,
      commit: (_options, onProgress) => {
        report = onProgress ?? report;
        return new Promise((resolve) => (finish = () => resolve(preview)));
      },
      cancel: vi.fn(),
    };
    const onDone = vi.fn();
    render(
      <ImportPreviewPanel staged={staged} onDone={onDone} onError={vi.fn()} onCancel={vi.fn()} />,
    );
    fireEvent.click(screen.getByTestId('confirm-import'));
    expect(screen.queryByTestId('import-progress')).toBeNull();
    act(() => report(30_000, 148_763));
    const shown = await screen.findByTestId('import-progress');
    expect(shown.textContent).toMatch(/30,000 of 148,763 records written\. Nothing is changed/);
    expect(shown.querySelector('progress')?.value).toBe(30_000);
    finish();
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(preview));
  });
});
