import { readInSlices } from '../reader/stream-story';
import type { Extraction, InPageNavigation } from '../sites/types';

/**
 * Reads a page that fills in after its URL changed, a few times, as its site's policy says
 * (`inPageNavigation`), until it holds a story.
 */
export async function readAgain(
  extract: () => Extraction,
  policy: InPageNavigation = { attempts: 1, intervalMs: 0 },
  signal: AbortSignal,
): Promise<Extraction> {
  let answer: Extraction = { kind: 'not-story', reason: 'unknown', detail: 'Nothing to read.' };
  for (let i = 0; i < policy.attempts && !signal.aborted; i++) {
    await new Promise((resolve) => setTimeout(resolve, policy.intervalMs));
    answer = await readInSlices(extract);
    if (answer.kind === 'story') break;
  }
  return answer;
}

/** Resolves once the document has been parsed (the whole story is in it). */
export function whenParsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) =>
    doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
  );
}
