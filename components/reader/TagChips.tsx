import type { Link } from '@/lib/sites/types';

/** Props of TagChips. */
export interface TagChipsProps {
  tags: Link[];
  label: string;
  /** Rating and warnings stand out a little. */
  strong?: boolean;
}

/** Tags as small linked chips (links go to the tag on the site, in a new tab). */
export function TagChips({ tags, label, strong }: TagChipsProps) {
  if (tags.length === 0) return null;
  return (
    <ul class="fr-chips" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.name}>
          {tag.url ? (
            <a
              class={`fr-chip${strong ? ' fr-chip-strong' : ''}`}
              href={tag.url}
              target="_blank"
              rel="noopener noreferrer"
            >
              {tag.name}
            </a>
          ) : (
            <span class={`fr-chip${strong ? ' fr-chip-strong' : ''}`}>{tag.name}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
