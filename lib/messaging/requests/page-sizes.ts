// How much each paged library request answers, shared with the pages that ask (a value the page
// can import without bundling any handler).

/** Works per `library/index` answer: small answers, each parsed in well under a frame. */
export const LIBRARY_PAGE_SIZE = 500;

/** Works per `library/highlight-groups` answer. */
export const HIGHLIGHT_GROUPS_PAGE = 200;
