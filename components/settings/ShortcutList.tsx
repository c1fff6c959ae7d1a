import { SHORTCUTS } from '@/lib/reader/keys';

/** The reader's keyboard shortcuts, from the reader's own list. */
export function ShortcutList() {
  return (
    <dl class="keys">
      {SHORTCUTS.map((s) => (
        <div key={s.label}>
          <dt>
            {s.keys.map((k, i) => (
              <span key={k}>
                {i > 0 && (s.keys.length > 2 ? ' + ' : ' or ')}
                <kbd>{k}</kbd>
              </span>
            ))}
          </dt>
          <dd>{s.label}</dd>
        </div>
      ))}
    </dl>
  );
}
