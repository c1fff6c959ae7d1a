import { libraryClearHistory } from './library-clear-history';
import { libraryDeleteWork } from './library-delete-work';
import { libraryHighlights } from './library-highlights';
import { libraryList } from './library-list';
import { libraryRemove } from './library-remove';
import { librarySetStatus } from './library-set-status';
import { librarySetTags } from './library-set-tags';
import { libraryUndoDelete } from './library-undo-delete';
import { libraryWork } from './library-work';
import { libraryWorks } from './library-works';
import { workOpened } from './work-opened';
import { libraryIndex } from './library-index';
import { libraryStats } from './library-stats';
import { libraryHighlightGroups } from './library-highlight-groups';
import { popupState } from './popup-state';

/** Every one-shot request the background answers (README.md: how to add one). */
export const REQUESTS = [
  workOpened,
  libraryList,
  libraryRemove,
  libraryWorks,
  libraryWork,
  librarySetStatus,
  librarySetTags,
  libraryDeleteWork,
  libraryUndoDelete,
  libraryClearHistory,
  libraryHighlights,
  libraryIndex,
  libraryStats,
  libraryHighlightGroups,
  popupState,
] as const;
