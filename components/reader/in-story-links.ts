import { wake } from '@/lib/reader/chunk-waker';

/**
 * Follows a link inside the story to a place inside it (a footnote) within the reader, waking
 * the chunk it sits in; other links open as links do (in a new tab). Returns true when handled.
 */
export function followInStoryLink(event: MouseEvent, root: Document | ShadowRoot): boolean {
  const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
  if (!link) return false;
  event.preventDefault();
  const id = (link.getAttribute('href') ?? '').slice(1);
  const target = id ? root.getElementById(id) : null;
  if (!target) return true;
  const chunk = target.closest('.fr-chunk');
  if (chunk) wake(chunk);
  target.scrollIntoView({ block: 'start' });
  return true;
}
