import type { Serialized } from './block-serializer';
import { isBlank } from './container-walk';
import { isElement } from './dom';

/**
 * Loose text and inline elements between blocks, gathered into paragraphs as they arrive: a run
 * is split where the author wrote <br><br> (two or more breaks, whitespace between them ignored);
 * a single <br> stays inside its paragraph. Each node is serialized once, when it is added, so a
 * paragraph of 100,000 inline nodes costs the same whether it is read in one go or in slices.
 */
export class ParagraphRun {
  private html: string[] = [];
  private text: string[] = [];
  private contentful = false;
  private breaks: Node[] = [];

  constructor(
    private readonly serialize: (node: Node) => Serialized,
    private readonly showsSomething: (node: Node) => boolean,
    /** Receives each finished paragraph: its HTML, its text, and whether it shows anything. */
    private readonly emit: (html: string, text: string, contentful: boolean) => void,
  ) {}

  /** Adds the next inline node of the run. */
  add(node: Node): void {
    if (isElement(node) && node.tagName === 'BR') {
      this.breaks.push(node);
      return;
    }
    if (isBlank(node)) {
      // Whitespace between two breaks means nothing; inside a line it is a space.
      if (this.breaks.length === 0) this.part(node);
      return;
    }
    if (this.breaks.length >= 2) this.flush();
    else for (const br of this.breaks) this.part(br);
    this.breaks = [];
    this.part(node);
  }

  /** Ends the paragraph in progress (a block follows, or the text ends); trailing breaks go. */
  flush(): void {
    this.breaks = [];
    if (this.html.length === 0) return;
    const html = this.html.join('').trim();
    const text = this.text.join('');
    const contentful = this.contentful;
    this.html = [];
    this.text = [];
    this.contentful = false;
    this.emit(`<p>${html}</p>`, text, contentful);
  }

  private part(node: Node): void {
    const { html, text } = this.serialize(node);
    this.html.push(html);
    this.text.push(text);
    // Only a paragraph without text needs to know whether it shows something (an image).
    if (!this.contentful && !/\S/.test(text) && this.showsSomething(node)) this.contentful = true;
  }
}
