import { esc } from './html';

/**
 * FanFiction.Net / FictionPress story pages, after the real 2020 capture in
 * ../shared/fixtures/fanfiction.net and ../shared/SELECTORS.md section 2: #profile_top header with
 * the span.xgray metadata line, the chapter <select> twice (options without closing tags), prev/next
 * as <button onClick>, #storytextp > #storytext with user-select: none. The mobile site (m.) is
 * rebuilt from memory of its plainer markup (#storycontent, links for navigation): no capture of it
 * exists here, so the adapter must not depend on its details. `ffnChapterPage2012` is the older
 * desktop layout, after the 2012 captures in cochrane/Fanfiction-Downloader's tests
 * (ffteststory.html, ffnogenre.html): the header in a table (#gui_table1i tr.alt2), an "Author:"
 * line, the metadata in a grey div with text dates, prev/next as <INPUT TYPE=BUTTON>.
 */

/** One chapter. */
export interface FfnChapterSpec {
  title: string;
  body: string;
}

/** A generated story. */
export interface FfnStorySpec {
  site: 'ffnet' | 'fictionpress';
  id: number;
  slug: string;
  title: string;
  author: { id: number; name: string };
  summary: string;
  category: { name: string; path: string };
  fandom: { name: string; path: string };
  rating: 'K' | 'K+' | 'T' | 'M';
  language: string;
  genre: string;
  characters: string;
  words: number;
  reviews: number;
  published: number;
  updated?: number;
  complete: boolean;
  chapters: FfnChapterSpec[];
}

const HOST = { ffnet: 'fanfiction.net', fictionpress: 'fictionpress.com' } as const;
const SITE_NAME = { ffnet: 'FanFiction', fictionpress: 'FictionPress' } as const;

/** The real URL of a chapter (1-based). */
export function ffnChapterUrl(spec: FfnStorySpec, chapter: number, mobile = false): string {
  return `https://${mobile ? 'm' : 'www'}.${HOST[spec.site]}/s/${spec.id}/${chapter}/${spec.slug}`;
}

const date = (unix: number) => {
  const d = new Date(unix * 1000);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
};

// The site cuts long chapter titles in its list (the 2020 capture shows "10. Intermission
// Interlude Thingy 1: The Oce..."; the full title is in the page's <title>).
const listTitle = (title: string) => (title.length > 40 ? `${title.slice(0, 40)}...` : title);

function chapterSelect(spec: FfnStorySpec, current: number): string {
  if (spec.chapters.length < 2) return '';
  const options = spec.chapters
    .map(
      (c, i) =>
        `<option  value=${i + 1} ${i + 1 === current ? 'selected' : ''}>${i + 1}. ${esc(listTitle(c.title))}`,
    )
    .join('');
  return `<SELECT id=chap_select title="Chapter Navigation" Name=chapter onChange="self.location = '/s/${spec.id}/'+ this.options[this.selectedIndex].value + '/${spec.slug}';">${options}</select>`;
}

function buttons(spec: FfnStorySpec, current: number): string {
  const prev =
    current > 1
      ? `<button class=btn TYPE=BUTTON onClick="self.location='/s/${spec.id}/${current - 1}/${spec.slug}'">&lt; Prev</button> `
      : '';
  const next =
    current < spec.chapters.length
      ? ` <button class=btn TYPE=BUTTON onClick="self.location='/s/${spec.id}/${current + 1}/${spec.slug}'">Next &gt;</button>`
      : '';
  return `${prev}${chapterSelect(spec, current)}${next}`;
}

function metaLine(spec: FfnStorySpec): string {
  const updated = spec.updated
    ? ` - Updated: <span data-xutime='${spec.updated}'>${date(spec.updated)}</span>`
    : '';
  const chapters = spec.chapters.length > 1 ? ` - Chapters: ${spec.chapters.length}` : '';
  const status = spec.complete ? ' - Status: Complete' : '';
  return `<span class='xgray xcontrast_txt'>Rated: <a class='xcontrast_txt' href='https://www.fictionratings.com/' target='rating'>Fiction  ${spec.rating}</a> - ${spec.language} - ${spec.genre} -  ${esc(spec.characters)}${chapters}   - Words: ${spec.words.toLocaleString('en-US')} - Reviews: <a href='/r/${spec.id}/'>${spec.reviews}</a> - Favs: 12 - Follows: 9${updated} - Published: <span data-xutime='${spec.published}'>${date(spec.published)}</span>${status} - id: ${spec.id} </span>`;
}

/** A desktop (www.) chapter page, chapter 1-based. */
export function ffnChapterPage(spec: FfnStorySpec, chapter: number): string {
  const c = spec.chapters[chapter - 1]!;
  const site = SITE_NAME[spec.site];
  // "Story Chapter-title, a fandom fanfic | FanFiction" (the 2012 and 2020 captures).
  const chapterTitle = spec.chapters.length > 1 ? ` ${c.title}` : '';
  return `<!DOCTYPE html><html><head>
        <meta charset='utf-8'>
        <META NAME='ROBOTS' CONTENT='NOARCHIVE'>
        <META NAME='viewport' content='width=device-width'><link rel="canonical" href="//www.${HOST[spec.site]}/s/${spec.id}/${chapter}/${spec.slug}">
<title>${esc(spec.title)}${chapterTitle}, a ${esc(spec.fandom.name.toLowerCase())} fanfic | ${site}</title>
        <link rel='stylesheet' href='/static/styles/xss26.css'>
        <style>
        body { min-width:750px; height:100%; }
        .maxwidth { min-width:730px;margin-left:auto;margin-right:auto;}
        </style>
        <script src='/static/scripts/jquery.min.js'></script>
</head>
<body style='background-color:#E4E3D5;margin-top:0px;'  >
<div id=top style='width:100%;background-color: #333399; ' >
<div class='menulink maxwidth' style='padding:0.5em 10px 0.5em 10px; vertical-align:middle;'>
<span id=name_login class=pull-right><a href='/login.php'>Login</a> | <a href='/signup.php'>Sign Up</a></span><a href='/' style='font-size:1.1em;border:none;'>${site}</a>&#160;&#160;<small>|</small>&#160;&#160;unleash your imagination</div>
</div>
<div style='width:100%;' class=zmenu><div id=zmenu class='maxwidth'><span class=zui >
<div class='dropdown xmenu_item'><a class='dropdown-toggle' data-toggle='dropdown' href='#'>Browse <b class='caret'></b></a><ul class='dropdown-menu'><li><a href='/book/'>Books</a></li><li><a href='/tv/'>TV</a></li></ul></div>
<FORM method=get id=search_form action='/search/' class='pull-right'><input class='span2' name='keywords' id=search_keywords type='text' placeholder='Search' title='Search'></FORM>
</span></div></div>
<div style='width:100%;' class=xcontrast_outer id=content_parent><div class='xcontrast maxwidth' id=content_wrapper style='background-color: white;'><div id=content_wrapper_inner style='padding:0.5em;'>
<div style='margin-bottom: 10px' class='lc-wrapper' id=pre_story_links><span class=lc-left><a class=xcontrast_txt href='${spec.category.path}'>${esc(spec.category.name)}</a><span class='xcontrast_txt icon-chevron-right xicon-section-arrow'></span><a class=xcontrast_txt href="${spec.fandom.path}">${esc(spec.fandom.name)}</a>
</span>
</div>
<div id=profile_top style='min-height:112px;'><button class='btn pull-right icon-heart' type=button onClick='$("#follow_area").modal();'> Follow/Fav</button><b class='xcontrast_txt'>${esc(spec.title)}</b>
<span class='xcontrast_txt'><div style='height:5px'></div>By:</span> <a class='xcontrast_txt' href='/u/${spec.author.id}/${encodeURIComponent(spec.author.name)}'>${esc(spec.author.name)}</a> <span class='icon-mail-1  xcontrast_txt' ></span> <a class='xcontrast_txt' title="Send Private Message" href='https://www.${HOST[spec.site]}/pm2/post.php?uid=${spec.author.id}'></a>
<div style='margin-top:2px' class='xcontrast_txt'>${esc(spec.summary)}</div>
${metaLine(spec)}
</div>
<div align=center class='lc-wrapper' style='margin-top:10px;'><div class='lc'><span class='xcontrast_txt'><span class='icon-tl-text' style='font-size:14px;cursor:pointer;' title="+ Font Size" onClick="_fontastic_change_size('u');" ></span>+</span></div></div>
    <span style='float:right; ' > ${buttons(spec, chapter)}</span><div style='height:5px'></div>
<div role='main' aria-label='story content' class='storytextp' id='storytextp'  align=center style='padding:0 0.5em 0 0.5em;'>
<div class='storytext xcontrast_txt nocopy' id='storytext'>
${c.body}
</div>
</div><div style='height:5px'></div><div style='clear:both;text-align:right;'> ${buttons(spec, chapter)}</div><div style='height:5px'></div>
<div id=review>
<textarea class='input-block-level' rows=10 placeholder="Type your review for this chapter here..." name=review id=review_review></textarea>
<button type='button' class='btn icon-edit-1' onClick='post_review();' id=review_postbutton>Post Review</button>
</div>
<style>.storytext { -webkit-user-select: none; user-select: none; }</style>
</div></div></div>
<div id=p_footer class=maxwidth style='text-align:center;'><a href='/tos/'>Terms of Service</a> | <a href='/privacy/'>Privacy</a></div>
<script>document.addEventListener('copy', function (e) { e.preventDefault(); });</script>
</body></html>`;
}

const date2012 = (unix: number) => {
  const d = new Date(unix * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}-${two(d.getUTCFullYear() % 100)}`;
};

function buttons2012(spec: FfnStorySpec, current: number): string {
  const go = (n: number, label: string) =>
    `<INPUT TYPE=BUTTON Value='&nbsp;${label}&nbsp;' onClick="self.location='/s/${spec.id}/${n}/${spec.slug}'">`;
  const prev = current > 1 ? `${go(current - 1, '&lt; Prev')} ` : '';
  const next = current < spec.chapters.length ? ` ${go(current + 1, 'Next &gt;')}` : '';
  return `${prev}${chapterSelect(spec, current)}${next}`;
}

/** A desktop chapter page in the 2012 layout (a table header, "Author:"), chapter 1-based. */
export function ffnChapterPage2012(spec: FfnStorySpec, chapter: number): string {
  const c = spec.chapters[chapter - 1]!;
  const host = `www.${HOST[spec.site]}`;
  const chapterTitle = spec.chapters.length > 1 ? ` ${c.title}` : '';
  const chapters = spec.chapters.length > 1 ? ` - Chapters: ${spec.chapters.length}  ` : '';
  const updated = spec.updated ? ` - Updated: ${date2012(spec.updated)}` : '';
  const status = spec.complete ? ' - Status: Complete' : '';
  return `<!DOCTYPE html><html><head>
        <meta charset='utf-8'>
        <META NAME='ROBOTS' CONTENT='NOARCHIVE'>
        <META NAME='viewport' content='width=device-width'><link rel="canonical" href="http://${host}/s/${spec.id}/${chapter}/${spec.slug}">
<title>${esc(spec.title)}${esc(chapterTitle)}, a ${esc(spec.fandom.name.toLowerCase())} fanfic | ${SITE_NAME[spec.site]}</title>
<link rel=StyleSheet href='/static/styles/fanfiction56_min.css' type='text/css' media='all'>
<style>
body { min-width:750px; height:100%; }
.maxwidth { min-width:730px;margin-left:auto;margin-right:auto;}
</style></head><body style='background-color:#E4E3D5;margin-top:0px;'  >
<div id=top style='width:100%;background-color: #333399; ' ><div class='menulinks maxwidth'><span id=name_login style='float:right;'><a href='https://${host}/login.php'>Login</a> | <a href='https://${host}/signup.php'>Sign Up</a></span><a href='http://${host}/' style='font-weight:bold;border:none;'>${spec.site === 'ffnet' ? 'FanFiction.Net' : 'FictionPress'}</a> | unleash your imagination</div></div>
<div style='width:100%;' class=zmenu><div id=zmenu class='maxwidth'><span class=zui ><a href='http://${host}/' id=menu-home class='menu-link'>Browse</a> <a href='http://${host}/j/0/0/0/' id=menu-justin class='menu-link'>Just In</a> <a href='http://${host}/search.php' id=menu-search class='menu-link'>Search</a></span></div></div>
<div style='width:100%;' class=xcontrast_outer id=content_parent><div class='xcontrast maxwidth' id=content_wrapper style='background-color: white;'><div id=content_wrapper_inner style='padding:0.5em;'><div id=pre_story_links><a class=xcontrast_txt href='${spec.category.path}'>${esc(spec.category.name)}</a> <span class=xcontrast_txt>&#187;</span> <a class=xcontrast_txt href="${spec.fandom.path}">${esc(spec.fandom.name)}</a> <span class=xcontrast_txt>&#187;</span>
</div>
<div style='height:6px'></div><table align='center' border='0' cellpadding='0' cellspacing='0' class='tborder' width='100%' id='gui_table1' ><tbody><tr><td><table border='0' cellspacing='1' cellpadding='4' width='100%' id='gui_table1i'><tbody><tr class='alt2'>
	<td ><span style='cursor:pointer;' title='Click for larger image.'><img class='cimage' src='/static/images/d_60_90.jpg' width=75 height=112></span><b>${esc(spec.title)}</b>
<hr size=1 noshade>
Author: <a href='/u/${spec.author.id}/${encodeURIComponent(spec.author.name)}'>${esc(spec.author.name)}</a> <img align=absmiddle src='/static/ficons/email.png' width=16 height=16 border=0> <a title="Send Private Message" href='https://${host}/pm2/post.php?uid=${spec.author.id}'>PM</a>
<div style='margin-top:2px'>${esc(spec.summary)}</div>
<div style='color:gray;'>Rated: <a href='http://www.fictionratings.com/' target='rating'>Fiction  ${spec.rating}</a> - ${spec.language} - ${spec.genre} -  ${esc(spec.characters)}${chapters} - Words: ${spec.words.toLocaleString('en-US')} - Reviews: <a href='/r/${spec.id}/'>${spec.reviews}</a> - Favs: 7 - Follows: 19${updated} - Published: ${date2012(spec.published)}${status} - id: ${spec.id} </div>
</td>
</tr>
<tr class='alt1'>
	<td ><span><a title="Increase Font Size" href="javascript:updateFontSize('u');" >A</a> <a title="Decrease Font Size" href="javascript:updateFontSize('d');" >a</a></span>
    <span style='float:right;'> ${buttons2012(spec, chapter)}</span>
    </td>
</tr>
</tbody></table></td></tr>
            </tbody>
            </table>
            <!-- end table -->
            <div style='height:5px'></div>
<div class='storytextp ' id='storytextp'  align=center style='padding:0 0.5em 0 0.5em;'>
<div class='storytext xcontrast_txt' id='storytext'>${c.body}
</div>
</div><div style='height:5px'></div><div style='clear:both;text-align:right;'> ${buttons2012(spec, chapter)}</div><div style='height:5px'></div>
<div id=review><textarea rows=10 placeholder="Type your review for this chapter here." name=review id=review_review></textarea>
<span class='submit'><input type=button onClick='post_review();' id=review_postbutton value="Post Review"></span></div>
</div></div></div>
</body></html>`;
}

/** A mobile (m.) chapter page, chapter 1-based. */
export function ffnMobileChapterPage(spec: FfnStorySpec, chapter: number): string {
  const c = spec.chapters[chapter - 1]!;
  const prev =
    chapter > 1 ? `<a href='/s/${spec.id}/${chapter - 1}/${spec.slug}'>&#171; Prev</a> ` : '';
  const next =
    chapter < spec.chapters.length
      ? ` <a href='/s/${spec.id}/${chapter + 1}/${spec.slug}'>Next &#187;</a>`
      : '';
  return `<!DOCTYPE html><html><head><meta charset='utf-8'><meta name='viewport' content='width=device-width'>
<title>${esc(spec.title)} Chapter ${chapter}: ${esc(c.title)}, a ${esc(spec.fandom.name.toLowerCase())} fanfic | ${SITE_NAME[spec.site]}</title>
<link rel='stylesheet' href='/static/styles/mobile.css'></head>
<body>
<div id=top><a href='/'>${SITE_NAME[spec.site]}</a> <a href='/login.php'>Login</a></div>
<div id=content>
<div align=center><a href='${spec.category.path}'>${esc(spec.category.name)}</a> &#187; <a href='${spec.fandom.path}'>${esc(spec.fandom.name)}</a></div>
<div align=center><b>${esc(spec.title)}</b> By: <a href='/u/${spec.author.id}/'>${esc(spec.author.name)}</a></div>
<div align=center>${spec.chapters.length > 1 ? `Chapter ${chapter}: ${esc(c.title)}` : ''}</div>
<hr size=1 noshade>
<div style='' class='storycontent nocopy' id='storycontent' >
${c.body}
</div>
<hr size=1 noshade>
<div align=center>${prev}${next}</div>
</div>
<div id=bottom><a href='//www.${HOST[spec.site]}/s/${spec.id}/${chapter}/${spec.slug}'>Desktop Mode</a></div>
</body></html>`;
}

/** The page FanFiction.Net shows for a story that was removed or never existed. */
export function ffnNotFoundPage(): string {
  return `<!DOCTYPE html><html><head><meta charset='utf-8'><title>FanFiction</title></head>
<body><div id=content_parent><div id=content_wrapper><div id=content_wrapper_inner style='padding:0.5em;'>
<span class='gui_warning'>Story Not Found<hr size=1 noshade>Unable to locate story. Code 1.</span>
</div></div></div></body></html>`;
}
