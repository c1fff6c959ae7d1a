import type { BlockText, ReadBlocksOptions } from './block-types';
import { unwrap } from './container-walk';
import { ContainerReader } from './container-reader';
import { ambient } from './read-session';

/**
 * Reads a story's text container into top-level blocks: one HTML string per paragraph, scene
 * break, image or work-skin box. Loose text and inline runs become paragraphs (split where the
 * author used <br><br>). The live page is never changed (see block-serializer).
 */

export type { BlockText, ReadBlocksOptions } from './block-types';
export { createReadSession, readInSession, type ReadSession } from './read-session';
export { isStillParsing } from './container-walk';

/**
 * Reads the blocks of a text container. Inside a streaming session (readInSession) it goes on
 * from the previous read of the same container and keeps to the session's deadline; otherwise
 * it reads the container whole.
 */
export function readBlocks(root: Element, options: ReadBlocksOptions = {}): BlockText {
  // Plain wrappers are looked through; while the page loads, what counts as one may change.
  const container = unwrap(root);
  const context = ambient();
  if (!context.session) return new ContainerReader(container, options).read().text;
  const key = ContainerReader.keyOf(options);
  let entry = context.session.readers.get(root);
  if (!entry || entry.key !== key || entry.reader.container !== container || !entry.reader.valid) {
    // New, or the page changed under it (more hiding rules, moved nodes): read it again.
    entry = { reader: new ContainerReader(container, options), key };
    context.session.readers.set(root, entry);
  }
  const { text, cutShort } = entry.reader.read(context.outOfTime, context.progress);
  if (cutShort) context.cutShort();
  return text;
}
