/**
 * SpaceBattles, Sufficient Velocity and Questionable Questing pages (XenForo 2 with the threadmarks
 * add-on), one builder for all three hosts. No capture of these forums exists here, so this is
 * built from ../shared/SELECTORS.md section 6 and recalled XenForo 2 markup:
 * - documented by scrapers (SELECTORS.md, FanFicFare, WebToEpub): h1.p-title-value with span.label
 *   prefixes, div.p-description a.tagItem, article.message.message--post.hasThreadmark with
 *   data-content="post-N", span.threadmarkLabel, li.threadmark-nav, article.message-body >
 *   div.bbWrapper, section.message-user a.username, message-attribution-main time, div.bbCodeSpoiler,
 *   bbCodeBlock-expandContent, img.lazyload + data-src, ul.pageNav-main, threadmarkListingHeader
 *   with dt "Status" (SB/SV) or "Index progress" (QQ), structItem--threadmark with data-tp-primary.
 * - recalled, not checked against a page: the frame (p-pageWrapper, p-body-header, breadcrumbs,
 *   footer), message-inner with message-cell--user / --main, the threadmark header's place (before
 *   message-inner) and its "label" + previous/next controls (a.threadmark-control--previous/--next,
 *   also seen in scrapers), the footer reactions, pageNav-jump / pageNavSimple, the reader's
 *   category tabs, block-outer-recent-threadmarks, structItem--thread listings and the
 *   "Oops! We ran into some problems." error page. Extractors must not lean on these details.
 * Text: Moby-Dick (public domain) and comments written for the project.
 * Files: thread-spec.ts (types, URLs), layout.ts (page frame), posts.ts (post and threadmark
 * markup), pages.ts (the page builders), samples.ts (the threads tests open).
 */

export type { XenforoHost, XenforoPostSpec, XenforoThreadSpec, XenforoUser } from './thread-spec';
export {
  xenforoForumUrl,
  xenforoPostUrl,
  xenforoReaderUrl,
  xenforoThreadmarks,
  xenforoThreadmarksUrl,
  xenforoThreadUrl,
} from './thread-spec';
export {
  xenforoForumListingPage,
  xenforoNoThreadmarksPage,
  xenforoNotFoundPage,
  xenforoPostPage,
  xenforoReaderPage,
  xenforoThreadmarksIndexPage,
  xenforoThreadPage,
} from './pages';
export { discussionThread, mobyDickForum } from './samples';
