/** The reader's keyboard shortcuts. */

/** What a key does in the reader. */
export type ReaderCommand = 'prev' | 'next' | 'close' | 'help';

/** The shortcuts, for the help dialog. */
export const SHORTCUTS: readonly { keys: string[]; label: string }[] = [
  { keys: ['←', '['], label: 'Previous chapter' },
  { keys: ['→', ']'], label: 'Next chapter' },
  { keys: ['Esc'], label: 'Close the reader' },
  { keys: ['?'], label: 'Show these shortcuts' },
  { keys: ['Alt', 'Shift', 'R'], label: 'Open or close the reader (from anywhere on the page)' },
];

/** The parts of a keyboard event that decide the command. */
export interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** The element the key was typed into; typing in a field is never a shortcut. */
  target: EventTarget | null;
}

function isEditable(target: EventTarget | null): boolean {
  const el = target as { tagName?: string; isContentEditable?: boolean } | null;
  return Boolean(
    el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName ?? '')),
  );
}

/** The command for a key press, or null when the key is not a shortcut here. */
export function commandForKey(event: KeyLike): ReaderCommand | null {
  if (event.altKey || event.ctrlKey || event.metaKey || isEditable(event.target)) return null;
  switch (event.key) {
    case 'ArrowLeft':
    case '[':
      return 'prev';
    case 'ArrowRight':
    case ']':
      return 'next';
    case 'Escape':
      return 'close';
    case '?':
      return 'help';
    default:
      return null;
  }
}
