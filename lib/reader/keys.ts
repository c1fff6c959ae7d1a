/** The reader's keyboard shortcuts. */

/** What a key does in the reader. */
export type ReaderCommand = 'prev' | 'next' | 'close' | 'help' | 'continue' | 'highlight';

/** The shortcuts, for the help dialog. */
export const SHORTCUTS: readonly { keys: string[]; label: string }[] = [
  { keys: ['←', '['], label: 'Previous chapter' },
  { keys: ['→', ']'], label: 'Next chapter' },
  { keys: ['Esc'], label: 'Close the reader' },
  { keys: ['?'], label: 'Show these shortcuts' },
  { keys: ['C'], label: 'Continue where you left off, when the reader offers it' },
  { keys: ['H'], label: 'Highlight the selected text in the last colour used' },
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

// Inputs that take typed text; a checkbox, a slider or a button does not.
const TEXT_INPUTS = /^(?:text|search|number|email|url|tel|password)$/i;

/** Where typing goes: text fields (every key is theirs). */
function isTextField(target: EventTarget | null): boolean {
  const el = target as { tagName?: string; isContentEditable?: boolean; type?: string } | null;
  if (!el) return false;
  if (el.isContentEditable || el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && TEXT_INPUTS.test(el.type ?? 'text');
}

/** Controls that use the arrow keys themselves (sliders, lists, a toolbar's buttons). */
function usesArrows(target: EventTarget | null): boolean {
  const el = target as { tagName?: string; type?: string; closest?: (s: string) => unknown } | null;
  if (el?.closest?.('[role="toolbar"]')) return true;
  return el?.tagName === 'SELECT' || (el?.tagName === 'INPUT' && el.type === 'range');
}

/** The command for a key press, or null when the key is not a shortcut here. */
export function commandForKey(event: KeyLike): ReaderCommand | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  // Escape always leaves (a panel, the reader); other keys typed into a text field are text.
  if (event.key === 'Escape') return 'close';
  if (isTextField(event.target)) return null;
  switch (event.key) {
    case 'ArrowLeft':
      return usesArrows(event.target) ? null : 'prev';
    case '[':
      return 'prev';
    case 'ArrowRight':
      return usesArrows(event.target) ? null : 'next';
    case ']':
      return 'next';
    case '?':
      return 'help';
    case 'c':
    case 'C':
      return 'continue';
    case 'h':
    case 'H':
      return 'highlight';
    default:
      return null;
  }
}
