import { esc } from '../html';
import type { Ao3View, Ao3WorkSpec } from './work-page';

/** The chapters and what follows them, after OTW's chapters/_chapter template and works/show. */

/** One chapter (0-based `index`) with its title, summary, notes and end notes. */
export function chapterDiv(spec: Ao3WorkSpec, index: number): string {
  const c = spec.chapters[index]!;
  const n = index + 1;
  const title = c.title ? `: ${esc(c.title)}` : '';
  const notes = c.notes
    ? `<div id="notes" class="notes module">
        <h3 class="heading">Notes:</h3>
          <blockquote class="userstuff">${c.notes}</blockquote>
${c.endNotes ? `            <p>(See the end of the chapter for  <a href="#chapter_${n}_endnotes">more notes</a>.)</p>` : ''}
      </div>`
    : '';
  const summary = c.summary
    ? `<div id="summary" class="summary module">
          <h3 class="heading">Summary:</h3>
          <blockquote class="userstuff">${c.summary}</blockquote>
        </div>`
    : '';
  const endNotes = c.endNotes
    ? `<div class="chapter preface group">
      <div class="end notes module" id="chapter_${n}_endnotes">
        <h3 class="heading">Notes:</h3>
        <blockquote class="userstuff">${c.endNotes}</blockquote>
      </div>
    </div>`
    : '';
  return `<div class="chapter" id="chapter-${n}">
  <div class="chapter preface group">
    <h3 class="title">
      <a href="/works/${spec.id}/chapters/${c.id}">Chapter ${n}</a>${title}
    </h3>
    ${summary}
    ${notes}
  </div>
  <!--main content-->
  <div class="userstuff module" role="article">
    <h3 class="landmark heading" id="work">Chapter Text</h3>
${c.body}
  </div>
  <!--/main-->
  ${endNotes}
</div>`;
}

/** What follows the last chapter: the work's end notes and the works inspired by it. */
export function afterword(spec: Ao3WorkSpec): string {
  const endNotes = spec.endNotes
    ? `<div id="work_endnotes" class="end notes module">
      <h3 class="heading">Notes:</h3>
      <blockquote class="userstuff">${spec.endNotes}</blockquote>
    </div>`
    : '';
  return `<div class="afterword preface group">
    ${endNotes}
    <div id="children" class="children module"><h3 class="heading">Works inspired by this one:</h3><ul><li><a href="/works/${spec.id + 1}">A Small Reply</a> by <a href="/users/reader/pseuds/reader">reader</a></li></ul></div>
  </div>`;
}

/** The block under the work: chapter links, kudos form and list, comment form. */
export function feedback(spec: Ao3WorkSpec, view: Ao3View): string {
  const w = spec.id;
  const names = Array.from(
    { length: spec.kudos ?? 0 },
    (_, i) => `<a href="/users/reader${i}">reader${i}</a>`,
  ).join(', ');
  const i = view.kind === 'chapter' ? view.index : -1;
  const prev = spec.chapters[i - 1];
  const next = spec.chapters[i + 1];
  return `<div id="feedback" class="feedback">
  <h3 class="landmark heading">Actions</h3>
  <ul class="actions">
      <li><a href="#main">&#8593; Top</a></li>
${prev ? `      <li><a href="/works/${w}/chapters/${prev.id}#workskin">&#8592; Previous Chapter</a></li>` : ''}
${next && i >= 0 ? `      <li><a href="/works/${w}/chapters/${next.id}#workskin">Next Chapter &#8594;</a></li>` : ''}
      <li><form id="new_kudo" action="/kudos" accept-charset="UTF-8" method="post"><input type="hidden" name="authenticity_token" value="fixture-token" autocomplete="off" />
          <input value="${w}" autocomplete="off" type="hidden" name="kudo[commentable_id]" id="kudo_commentable_id" />
          <input type="submit" name="commit" value="Kudos ♥" id="kudo_submit" />
</form></li>
      <li id="show_comments_link"><a data-remote="true" href="/comments/show_comments?work_id=${w}">Comments (3)</a></li>
  </ul>
  <div id="kudos_message"></div>
    <h3 class="landmark heading">Kudos</h3>
<div id="kudos">
      <p class="kudos">${names}${names ? '\n             as well as 12 guests left kudos on this work!' : ''}</p>
</div>
<h3 class="landmark heading"><a name="comments">Comments</a></h3>
<div id="add_comment_placeholder" title="top level comment"><div id="add_comment">
<form class="new_comment" id="comment_for_${w}" action="/works/${w}/comments" method="post"><fieldset>
  <legend>Post Comment</legend>
  <dl><dt><label for="comment_name_for_${w}">Guest name</label></dt><dd><input id="comment_name_for_${w}" type="text" name="comment[name]" /></dd></dl>
  <p><label for="comment_content_for_${w}" class="landmark">Comment</label><textarea id="comment_content_for_${w}" name="comment[comment_content]"></textarea></p>
  <p class="submit actions"><input type="submit" name="commit" value="Comment" /></p>
</fieldset></form></div></div>
  <div id="comments_placeholder" style="display:none;"></div>
</div>`;
}
