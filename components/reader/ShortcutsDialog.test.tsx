import { fireEvent, render, screen } from '@testing-library/preact';
import { useRef, useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { SHORTCUTS } from '@/lib/reader/keys';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useModalFocus } from './use-modal-focus';

/** A toolbar button that opens the dialog, as the reader has. */
function Opener() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Keyboard shortcuts
      </button>
      <a href="#elsewhere">Something behind the dialog</a>
      {open && <ShortcutsDialog onClose={() => setOpen(false)} />}
    </>
  );
}

const focused = () => document.activeElement;

describe('ShortcutsDialog', () => {
  it('lists every shortcut', () => {
    render(<ShortcutsDialog onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const shortcut of SHORTCUTS) {
      expect(dialog.textContent).toContain(shortcut.label);
      for (const key of shortcut.keys)
        expect(screen.getAllByText(key, { selector: 'kbd' })).toBeTruthy();
    }
  });

  it('takes focus, keeps Tab and Shift+Tab inside, and gives focus back to its opener', () => {
    render(<Opener />);
    const opener = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    opener.focus();
    fireEvent.click(opener);
    const close = screen.getByRole('button', { name: 'Close' });
    expect(focused()).toBe(close);
    // Not prevented, Tab would leave for the page behind.
    expect(fireEvent.keyDown(close, { key: 'Tab' })).toBe(false);
    expect(focused()).toBe(close);
    expect(fireEvent.keyDown(close, { key: 'Tab', shiftKey: true })).toBe(false);
    expect(focused()).toBe(close);
    fireEvent.click(close);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(focused()).toBe(opener);
  });

  it('closes with Escape, focus going back to the opener', () => {
    render(<Opener />);
    const opener = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    opener.focus();
    fireEvent.click(opener);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(focused()).toBe(opener);
  });

  it('gives focus to the control it is told to', () => {
    function Told() {
      const [open, setOpen] = useState(true);
      const settings = useRef<HTMLButtonElement>(null);
      return (
        <>
          <button type="button" ref={settings}>
            Settings
          </button>
          {open && (
            <ShortcutsDialog onClose={() => setOpen(false)} returnFocus={() => settings.current} />
          )}
        </>
      );
    }
    render(<Told />);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(focused()).toBe(screen.getByRole('button', { name: 'Settings' }));
  });
});

function TwoButtons({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDivElement>(null);
  const onKeyDown = useModalFocus(dialog, { onClose });
  return (
    <div role="dialog" aria-label="Two" ref={dialog} onKeyDown={onKeyDown}>
      <button type="button">First</button>
      <button type="button">Last</button>
    </div>
  );
}

describe('useModalFocus', () => {
  it('wraps Tab from the last control to the first, and Shift+Tab back', () => {
    const onClose = vi.fn();
    render(<TwoButtons onClose={onClose} />);
    const [first, last] = screen.getAllByRole('button');
    expect(focused()).toBe(first);
    last?.focus();
    fireEvent.keyDown(last!, { key: 'Tab' });
    expect(focused()).toBe(first);
    fireEvent.keyDown(first!, { key: 'Tab', shiftKey: true });
    expect(focused()).toBe(last);
    // Anywhere but at the ends, Tab is the browser's.
    first?.focus();
    expect(fireEvent.keyDown(first!, { key: 'Tab' })).toBe(true);
    fireEvent.keyDown(first!, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
  });
});
