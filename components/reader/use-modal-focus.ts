import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/** Options of useModalFocus. */
export interface ModalFocusOptions {
  /** Called for Escape. */
  onClose: () => void;
  /**
   * Where focus goes back to when the dialog closes: an element, or a function giving one. By
   * default, whatever had focus when the dialog opened (the button that opened it).
   */
  returnFocus?: HTMLElement | null | (() => HTMLElement | null);
  /** What is focused when the dialog opens; by default its first control. */
  initialFocus?: RefObject<HTMLElement | null>;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The controls of a dialog, in Tab order (document order; none uses a positive tabindex). */
export function focusablesIn(dialog: Element): HTMLElement[] {
  return Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.hidden);
}

/**
 * The WAI-ARIA modal dialog's focus rules: focus moves into the dialog when it opens, Tab and
 * Shift+Tab cycle within it, Escape closes it, and focus returns to the control that opened it
 * when it goes away. Returns the dialog's keydown handler.
 */
export function useModalFocus(
  dialog: RefObject<HTMLElement | null>,
  { onClose, returnFocus, initialFocus }: ModalFocusOptions,
): (event: KeyboardEvent) => void {
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    const root = el.getRootNode() as Document | ShadowRoot;
    const given = typeof returnFocus === 'function' ? returnFocus() : returnFocus;
    const opener = given ?? (root.activeElement as HTMLElement | null);
    (initialFocus?.current ?? focusablesIn(el)[0] ?? el).focus();
    return () => {
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);

  return (event: KeyboardEvent) => {
    const el = dialog.current;
    if (!el) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    const items = focusablesIn(el);
    const first = items[0];
    const last = items[items.length - 1];
    const active = (el.getRootNode() as Document | ShadowRoot).activeElement;
    const inside = active instanceof Node && el.contains(active);
    if (!first || !last) {
      event.preventDefault();
    } else if (event.shiftKey && (active === first || !inside)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !inside)) {
      event.preventDefault();
      first.focus();
    }
  };
}
