import { Component } from 'preact';

/** Props of ChapterText. */
export interface ChapterTextProps {
  chapterId: string;
  lang?: string;
  /** Receives the element the chapter's text is rendered into (null when it goes away). */
  attach: (chapterId: string, element: HTMLElement | null) => void;
}

/**
 * The element a chapter's text goes into. Preact renders it once and never touches its children:
 * the text renderer fills it, block by block, outside Preact's diffing.
 */
export class ChapterText extends Component<ChapterTextProps> {
  override shouldComponentUpdate(): boolean {
    return false;
  }

  override render({ chapterId, lang, attach }: ChapterTextProps) {
    return (
      <div
        class="fr-text fr-skin"
        data-testid="chapter-text"
        lang={lang}
        ref={(el) => attach(chapterId, el)}
      />
    );
  }
}
