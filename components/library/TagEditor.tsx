import { useEffect, useState } from 'preact/hooks';

/** Props of TagEditor. */
export interface TagEditorProps {
  tags: string[];
  onSave: (tags: string[]) => void;
}

/** The reader's own tags on a work, comma-separated, saved on Enter or when leaving the field. */
export function TagEditor({ tags, onSave }: TagEditorProps) {
  const joined = tags.join(', ');
  const [text, setText] = useState(joined);
  useEffect(() => setText(joined), [joined]);
  const save = () => {
    if (text.trim() === joined) return;
    onSave(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    );
  };
  return (
    <label class="field tags-field">
      <span>Your tags</span>
      <input
        type="text"
        value={text}
        placeholder="comfort read, reread in winter"
        aria-describedby="tags-help"
        onInput={(e) => setText((e.target as HTMLInputElement).value)}
        onBlur={save}
        onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), save())}
      />
      <small id="tags-help" class="muted">
        Separate tags with commas; they are searchable.
      </small>
    </label>
  );
}
