import { esc } from '../html';
import { ao3Layout } from './layout';
import type { Ao3WorkSpec } from './work-page';

/**
 * AO3 pages that are not a story, after the OTW templates (../shared/SELECTORS.md 1b-1c) and the
 * real captures: the adult-content gate in its three versions, the login wall of a restricted
 * work, a 404, the chapter index, a series page and a works listing.
 */

function blurb(spec: Pick<Ao3WorkSpec, 'id' | 'title' | 'fandoms'>, summary: string): string {
  return `<li id="work_${spec.id}" class="work blurb group" role="article">
  <div class="header module">
    <h4 class="heading"><a href="/works/${spec.id}">${esc(spec.title)}</a> by <a rel="author" href="/users/someone/pseuds/someone">someone</a></h4>
    <h5 class="fandoms heading"><span class="landmark">Fandoms:</span> ${spec.fandoms.map((f) => `<a class="tag" href="/tags/${encodeURIComponent(f)}/works">${esc(f)}</a>`).join(', ')}</h5>
    <p class="datetime">12 Mar 2024</p>
  </div>
  <h6 class="landmark heading">Summary</h6>
  <blockquote class="userstuff summary"><p>${esc(summary)}</p></blockquote>
  <dl class="stats"><dt class="words">Words:</dt><dd class="words">2,400</dd><dt class="chapters">Chapters:</dt><dd class="chapters"><a href="/works/${spec.id}/chapters/1">1</a>/3</dd></dl>
</li>`;
}

/** The three versions of the adult-content gate AO3 has shown (2015, 2023, 2025). */
export type AdultGateVersion = 2015 | 2023 | 2025;

/** The adult-content gate shown instead of a work (or chapter) to logged-out visitors. */
export function ao3AdultGatePage(
  spec: Pick<Ao3WorkSpec, 'id' | 'title' | 'fandoms'>,
  version: AdultGateVersion,
  chapterId?: number,
): string {
  const path = chapterId ? `/works/${spec.id}/chapters/${chapterId}` : `/works/${spec.id}`;
  const proceed =
    version === 2015
      ? {
          text: 'If you proceed you have agreed that you are willing to see such content.',
          yes: 'Proceed',
          no: 'Go Back',
        }
      : {
          text: 'If you continue, you have agreed that you are willing to see such content.',
          yes: 'Yes, Continue',
          no: 'No, Go Back',
        };
  const heading = version === 2015 ? '' : '<h2 class="landmark heading">Adult Content Warning</h2>';
  const caution = version === 2025 ? 'caution notice' : 'caution';
  const role = version === 2025 ? '' : ' role="navigation"';
  const main = `${heading}
<p class="${caution}">
  This work could have adult content. ${proceed.text}
</p>
<ul class="actions"${role}>
  <li><a href="${path}?view_adult=true">${proceed.yes}</a></li>
  <li><a href="javascript:history.back()">${proceed.no}</a></li>
</ul>
<p class="message footnote">If you accept cookies from our site and you choose "${proceed.yes}", you will not be asked again during this session (that is, until you close your browser). If you log in you can store your preference and never be asked again.</p>
<div class="clear"></div>
<ol class="work index group">
${blurb(spec, 'A work behind the adult-content gate.')}
</ol>`;
  return ao3Layout({
    title: `${spec.title} - ${spec.fandoms.join(', ')} [Archive of Our Own]`,
    mainClass: chapterId ? 'chapters-show' : 'works-show',
    main,
    returnTo: path,
  });
}

/** Where AO3 sends a logged-out visitor who opens a restricted work: the login page. */
export function ao3LoginWallPage(workId: number): string {
  const main = `<div class="flash notice">This work is only available to registered users of the Archive.</div>
<h2 class="heading">Log In</h2>
<div id="loginform">
<form class="new_user" id="new_user" action="/users/login?return_to=%2Fworks%2F${workId}" accept-charset="UTF-8" method="post">
  <dl>
    <dt><label for="user_login">Username or email:</label></dt><dd><input id="user_login" type="text" name="user[login]" /></dd>
    <dt><label for="user_password">Password:</label></dt><dd><input id="user_password" type="password" name="user[password]" /></dd>
  </dl>
  <p class="submit actions"><input type="submit" name="commit" value="Log in" /></p>
</form>
</div>`;
  return ao3Layout({ title: 'New Session | Archive of Our Own', mainClass: 'sessions-new', main });
}

/** AO3's 404 page (a deleted work). */
export function ao3NotFoundPage(): string {
  const main = `<h2 class="heading">Error 404</h2>
<h3 class="heading">The page you were looking for doesn't exist.</h3>
<p>You may have mistyped the address or the page may have moved.</p>`;
  return ao3Layout({ title: '404 Error | Archive of Our Own', mainClass: 'errors-404', main });
}

/** The chapter index, /works/ID/navigate. */
export function ao3NavigatePage(spec: Ao3WorkSpec): string {
  const items = spec.chapters
    .map(
      (c, i) =>
        `<li><a href="/works/${spec.id}/chapters/${c.id}">${i + 1}. ${esc(c.title ?? `Chapter ${i + 1}`)}</a> <span class="datetime">(${spec.published})</span></li>`,
    )
    .join('\n');
  const main = `<h2 class="heading">Chapter Index for <a href="/works/${spec.id}">${esc(spec.title)}</a> by <a rel="author" href="/users/someone/pseuds/someone">someone</a></h2>
<ol class="chapter index group" role="navigation">
${items}
</ol>`;
  return ao3Layout({
    title: 'Navigate Work | Archive of Our Own',
    mainClass: 'works-navigate',
    main,
  });
}

/** A series page listing its works. */
export function ao3SeriesPage(id: number, title: string, works: Ao3WorkSpec[]): string {
  const main = `<h2 class="heading">${esc(title)}</h2>
<div class="wrapper"><dl class="series meta group"><dt>Creator:</dt><dd><a rel="author" href="/users/someone/pseuds/someone">someone</a></dd><dt>Series Begun:</dt><dd>2024-01-02</dd></dl></div>
<h3 class="landmark heading">Listing Series</h3>
<ul class="series work index group">
${works.map((w) => blurb(w, 'A work in the series.')).join('\n')}
</ul>`;
  return ao3Layout({ title: `${title} [Archive of Our Own]`, mainClass: 'series-show', main });
}

/** A tag's works listing. */
export function ao3ListingPage(tag: string, works: Ao3WorkSpec[]): string {
  const main = `<h2 class="heading">1 - ${works.length} of ${works.length} Works in <a class="tag" href="/tags/${encodeURIComponent(tag)}">${esc(tag)}</a></h2>
<h3 class="landmark heading">Listing Works</h3>
<ol class="work index group">
${works.map((w) => blurb(w, 'A work in the listing.')).join('\n')}
</ol>`;
  return ao3Layout({
    title: `${tag} - Works | Archive of Our Own`,
    mainClass: 'works-index',
    main,
  });
}
