import { esc } from '../html';
import { member, time } from './layout';
import {
  threadPath,
  xenforoThreadmarks,
  type XenforoPostSpec,
  type XenforoThreadSpec,
} from './thread-spec';

function threadmarkHeader(s: XenforoThreadSpec, p: XenforoPostSpec): string {
  const marks = xenforoThreadmarks(s);
  const i = marks.indexOf(p);
  const link = (q: XenforoPostSpec | undefined, dir: 'previous' | 'next', text: string) =>
    q
      ? `<a href="${threadPath(s)}post-${q.id}" class="threadmark-control threadmark-control--${dir}" rel="nofollow">${text}</a>`
      : '';
  return `<div class="message-cell message-cell--threadmark-header">
<span class="primary"><label for="threadmark-${3000 + i}">Threadmarks</label><span id="threadmark-${3000 + i}" class="threadmarkLabel" dir="auto">${esc(p.threadmark ?? '')}</span></span>
<ul class="listInline listInline--bullet"><li class="threadmark-nav">${link(marks[i - 1], 'previous', '<i class="fa--xf far fa-chevron-left" aria-hidden="true"></i> Prev')} ${link(marks[i + 1], 'next', 'Next <i class="fa--xf far fa-chevron-right" aria-hidden="true"></i>')}</li></ul>
</div>`;
}

function post(s: XenforoThreadSpec, p: XenforoPostSpec, threadmarks: boolean): string {
  const marked = threadmarks && p.threadmark !== undefined;
  const link = `${threadPath(s)}post-${p.id}`;
  const position = s.posts.indexOf(p) + 1;
  return `<article class="message message--post ${marked ? 'hasThreadmark threadmark-category-1 ' : ''} js-post js-inlineModContainer  " data-author="${esc(p.author.name)}" data-content="post-${p.id}" id="js-post-${p.id}" itemscope itemtype="https://schema.org/Comment" itemid="https://${s.host}/posts/${p.id}/">
<span class="u-anchorTarget" id="post-${p.id}"></span>
${marked ? threadmarkHeader(s, p) : ''}
<div class="message-inner">
<div class="message-cell message-cell--user"><section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person">
<div class="message-avatar "><div class="message-avatar-wrapper">${member(p.author, `<span class="avatar-u${p.author.id}-m" role="img" aria-label="${esc(p.author.name)}">${esc(p.author.name.charAt(0))}</span>`, 'avatar avatar--m avatar--default avatar--default--dynamic')}</div></div>
<div class="message-userDetails"><h4 class="message-name">${member(p.author, `<span itemprop="name">${esc(p.author.name)}</span>`)}</h4><h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">Well-known member</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>Jan 3, 2019</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt><dd>1,204</dd></dl></div>
<span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline "><li class="u-concealed"><a href="${link}" rel="nofollow">${time(p.date)}</a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="${link}" class="message-attribution-gadget" data-xf-init="share-tooltip" data-href="/posts/${p.id}/share" aria-label="Share" rel="nofollow"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li><li><a href="${link}" rel="nofollow">#${position}</a></li></ul>
</header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer " data-lb-id="post-${p.id}" data-lb-caption-desc="${esc(p.author.name)}">
<article class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">${p.body}</div></div><div class="js-selectToQuoteEnd">&nbsp;</div></article>
</div></div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="/posts/${p.id}/react?reaction_id=1" class="reaction reaction--small actionBar-action actionBar-action--reaction" data-xf-init="reaction" data-reaction-id="1" rel="nofollow"><i aria-hidden="true"></i><span class="reaction-text js-reactionText"><bdi>Like</bdi></span></a><a href="${threadPath(s)}reply?quote=${p.id}" class="actionBar-action actionBar-action--reply" title="Reply, quoting this message" rel="nofollow" data-xf-click="quote" data-quote-href="/posts/${p.id}/quote">Reply</a></div></div>
<div class="reactionsBar js-reactionsList is-active"><span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="/posts/${p.id}/reactions" data-xf-click="overlay" rel="nofollow"><bdi>Tern</bdi> and 12 others</a></div></footer>
</div></div></div></article>`;
}

/** The block of posts with the page links; `threadmarks` false drops threadmark headers and bar. */
export function messages(
  s: XenforoThreadSpec,
  posts: XenforoPostSpec[],
  nav: string,
  threadmarks: boolean,
): string {
  const bar = threadmarks
    ? `<div class="block-outer-recent-threadmarks"><a href="${threadPath(s)}threadmarks?threadmark_category=1" class="menuTrigger" data-xf-click="menu" rel="nofollow">Threadmarks</a> <a href="${threadPath(s)}reader/">Reader mode</a></div>`
    : '';
  return `<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/" data-search-target="*">
<span class="u-anchorTarget" id="posts"></span>
<div class="block-outer"><div class="block-outer-main">${nav}</div>${bar}</div>
<div class="block-container lbContainer" data-xf-init="lightbox select-to-quote" data-message-selector=".js-post" data-lb-id="thread-${s.id}">
<div class="block-body js-replyNewMessageContainer">
${posts.map((p) => post(s, p, threadmarks)).join('\n')}
</div></div>
<div class="block-outer block-outer--after"><div class="block-outer-main">${nav}</div></div>
</div>
<div class="blockMessage blockMessage--alt">You must log in or register to reply here.</div>`;
}
