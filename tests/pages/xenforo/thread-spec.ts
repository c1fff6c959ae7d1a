/** The three forums. */
export type XenforoHost =
  'forums.spacebattles.com' | 'forums.sufficientvelocity.com' | 'forum.questionablequesting.com';

/** A forum member. */
export interface XenforoUser {
  id: number;
  name: string;
}

/** One post: a threadmarked story post when it has a threadmark label, else a comment. */
export interface XenforoPostSpec {
  id: number;
  author: XenforoUser;
  /** Unix seconds. */
  date: number;
  threadmark?: string;
  /** The post's bbWrapper content (XenForo writes lines with <br />, not <p>). */
  body: string;
}

/** A thread and every post in it. */
export interface XenforoThreadSpec {
  host: XenforoHost;
  id: number;
  slug: string;
  title: string;
  /** Thread prefixes, shown as labels before the title. */
  prefixes: string[];
  starter: XenforoUser;
  tags: string[];
  forum: { id: number; slug: string; title: string };
  /** As the threadmarks index states it ("Ongoing", "Complete"). */
  status: string;
  posts: XenforoPostSpec[];
  postsPerPage: number;
  readerPerPage: number;
}

/** The thread's path on its forum, with the trailing slash. */
export const threadPath = (s: XenforoThreadSpec) => `/threads/${s.slug}.${s.id}/`;
/** `base` for page 1, `base` + "page-N" after it. */
export const paged = (base: string, page: number) => (page > 1 ? `${base}page-${page}` : base);
/** The threadmarked posts, in order. */
export const xenforoThreadmarks = (s: XenforoThreadSpec) => s.posts.filter((p) => p.threadmark);

/** A page of the thread (1-based). */
export const xenforoThreadUrl = (s: XenforoThreadSpec, page = 1) =>
  `https://${s.host}${paged(threadPath(s), page)}`;
/** A reader-mode page (1-based). */
export const xenforoReaderUrl = (s: XenforoThreadSpec, page = 1) =>
  `https://${s.host}${paged(`${threadPath(s)}reader/`, page)}`;
/** The permalink of the threadmarked post at `index` (0-based). */
export const xenforoPostUrl = (s: XenforoThreadSpec, index: number) =>
  `https://${s.host}${threadPath(s)}post-${xenforoThreadmarks(s)[index]?.id ?? 0}`;
/** The threadmarks index. */
export const xenforoThreadmarksUrl = (s: XenforoThreadSpec) =>
  `https://${s.host}${threadPath(s)}threadmarks`;
/** The forum the thread is in. */
export const xenforoForumUrl = (s: XenforoThreadSpec) =>
  `https://${s.host}/forums/${s.forum.slug}.${s.forum.id}/`;
