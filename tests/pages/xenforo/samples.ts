import { esc } from '../html';
import { mobyDick } from '../text';
import type { XenforoHost, XenforoPostSpec, XenforoThreadSpec, XenforoUser } from './thread-spec';

const DISCUSSION = [
  'Opening a thread to talk about lighthouses in fiction. Which keepers stayed with you, and why?',
  'The ones who keep counting boats after everyone else has gone to bed. Something about a lamp lit for people who may not come back.',
  'Agreed. I also like the practical side: the logbooks, the oil, the stairs. The routine says more than any speech would.',
];

const READERS: XenforoUser[] = [
  { id: 4401, name: 'Tern' },
  { id: 4402, name: 'Fairweather' },
];

/** A thread spec with the usual forum, no prefixes, tags or status, and XenForo's page sizes. */
function thread(
  host: XenforoHost,
  fields: Pick<XenforoThreadSpec, 'id' | 'slug' | 'title' | 'starter' | 'posts'> &
    Partial<XenforoThreadSpec>,
): XenforoThreadSpec {
  const forum = { id: 18, slug: 'creative-writing', title: 'Creative Writing' };
  return {
    host,
    prefixes: [],
    tags: [],
    forum,
    status: '',
    postsPerPage: 25,
    readerPerPage: 10,
    ...fields,
  };
}

/** A thread nobody threadmarked: a plain discussion, on `host`. */
export function discussionThread(host: XenforoHost): XenforoThreadSpec {
  return thread(host, {
    id: 2024,
    slug: 'lighthouse-keepers-in-fiction',
    title: 'Lighthouse keepers in fiction',
    starter: READERS[0]!,
    posts: DISCUSSION.map((body, i) => ({
      id: 20240001 + i,
      author: READERS[i % 2]!,
      date: 1710266640 + i * 3600,
      body: esc(body),
    })),
  });
}

const COMMENTS = [
  (first: string) =>
    `<blockquote class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch" data-quote="HMelville"><div class="bbCodeBlock-title"><a href="#" class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution">HMelville said:</a></div><div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">${esc(first)}</div><div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>Hooked from the first line. Watching this one.`,
  () => 'The way the narrator talks about the water is lovely. Looking forward to the next update!',
];

/**
 * Moby-Dick posted on a forum, one threadmarked post per chapter (the first opens with an author's
 * note set off by a rule), each followed by readers' comments written for the project.
 */
export function mobyDickForum(host: XenforoHost, count = 3): XenforoThreadSpec {
  const melville = { id: 1851, name: 'HMelville' };
  const note =
    '<b>A/N:</b> Posting the novel a chapter at a time. Thank you all for reading and commenting!<br />\n<div style="text-align: center">* * *</div>\n';
  const posts: XenforoPostSpec[] = [];
  const add = (p: Omit<XenforoPostSpec, 'id' | 'date'>) =>
    posts.push({ id: 18510001 + posts.length, date: 1710266640 + posts.length * 5400, ...p });
  for (const [i, c] of mobyDick().slice(0, count).entries()) {
    const text = c.paragraphs.map(esc).join('<br />\n<br />\n');
    add({ author: melville, threadmark: c.title, body: i === 0 ? note + text : text });
    const first = c.paragraphs[0]?.split('. ')[0] ?? '';
    COMMENTS.forEach((comment, j) => add({ author: READERS[j]!, body: comment(first) }));
  }
  return thread(host, {
    id: 1851,
    slug: 'moby-dick-or-the-whale',
    title: 'Moby-Dick; or, The Whale',
    prefixes: ['Literature'],
    starter: melville,
    tags: ['whaling', 'sea voyages', 'obsession'],
    status: count === 135 ? 'Complete' : 'Ongoing',
    posts,
  });
}
