import { useEffect, useRef } from 'preact/hooks';
import { commandForKey, type ReaderCommand } from '@/lib/reader/keys';

/**
 * The reader's keyboard shortcuts, on the reader frame's window: every key typed in the reader
 * lands there (the page never sees it). Only real key presses count: an event a script made up
 * (`isTrusted` false) never closes, turns or opens anything.
 */
export function useReaderKeys(onCommand: (command: ReaderCommand, event: KeyboardEvent) => void) {
  const handler = useRef(onCommand);
  handler.current = onCommand;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.isTrusted) return;
      const command = commandForKey({
        key: event.key,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        target: event.target,
      });
      if (!command) return;
      event.preventDefault();
      handler.current(command, event);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
