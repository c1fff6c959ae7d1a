import { createHighlightsRepo } from '../db/highlights-repo';
import { createLibraryRepo } from '../db/library-repo';
import type { FicDbHandle } from '../db/open-db';
import { createReadingRepo } from '../db/reading-repo';
import { createWorksRepo } from '../db/works-repo';
import type { RequestDeps } from '../messaging/define-request';

/** The repositories over one database handle, and the background's clock and settings. */
export function createDeps(
  db: FicDbHandle,
  recordPrivateWindows: () => Promise<boolean>,
  now: () => number = Date.now,
): RequestDeps {
  return {
    works: createWorksRepo(db),
    reading: createReadingRepo(db),
    highlights: createHighlightsRepo(db),
    library: createLibraryRepo(db),
    recordPrivateWindows,
    now,
  };
}
