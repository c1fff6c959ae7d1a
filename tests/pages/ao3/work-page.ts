import { countWords, esc, thousands } from '../html';
import { ao3Layout } from './layout';

/**
 * AO3 work pages in all three views, after OTW's works/show, chapters/show, _work_header_navigation,
 * _meta, _preface and chapters/_chapter templates (see ../shared/SELECTORS.md section 1) and the
 * real captures. Text comes from the spec: public domain or written for the project.
 */

/** A creator on the byline: a pseud, and the user it belongs to when the names differ. */
export interface Ao3Author {
  pseud: string;
  user?: string;
}

/** One chapter of a generated work. */
export interface Ao3ChapterSpec {
  id: number;
  title?: string;
  summary?: string;
  notes?: string;
  endNotes?: string;
  /** The chapter text as HTML. */
  body: string;
}

/** A generated work. */
export interface Ao3WorkSpec {
  id: number;
  title: string;
  authors: Ao3Author[] | 'anonymous';
  rating: string;
  warnings: string[];
  categories: string[];
  fandoms: string[];
  relationships: string[];
  characters: string[];
  freeforms: string[];
  language?: { code: string; name: string };
  series?: { id: number; title: string; part: number };
  summary?: string;
  notes?: string;
  endNotes?: string;
  published: string;
  updated?: string;
  complete: boolean;
  /** Chapters the author plans; null prints "?". Defaults to the number written. */
  plannedChapters?: number | null;
  chapters: Ao3ChapterSpec[];
  /** Work skin CSS (AO3 scopes every rule to #workskin). */
  skinCss?: string;
  /** Names in the kudos list (the list generic readers mistake for the story). */
  kudos?: number;
}

/** How the page shows the work. */
export type Ao3View = { kind: 'single' } | { kind: 'chapter'; index: number } | { kind: 'entire' };

/** The real URL of a view of the work. */
export function ao3WorkUrl(spec: Ao3WorkSpec, view: Ao3View): string {
  const base = `https://archiveofourown.org/works/${spec.id}`;
  if (view.kind === 'entire') return `${base}?view_full_work=true`;
  if (view.kind === 'chapter') return `${base}/chapters/${spec.chapters[view.index]!.id}`;
  return base;
}

const tagList = (tags: string[]) =>
  `<ul class="commas">${tags
    .map((t) => `<li><a class="tag" href="/tags/${encodeURIComponent(t)}/works">${esc(t)}</a></li>`)
    .join('')}</ul>`;

function metaPair(kind: string, label: string, tags: string[]): string {
  if (tags.length === 0) return '';
  return `
          <dt class="${kind} tags">${label}:</dt>
          <dd class="${kind} tags">
            ${tagList(tags)}
          </dd>`;
}

function byline(spec: Ao3WorkSpec): string {
  if (spec.authors === 'anonymous') return 'Anonymous';
  return spec.authors
    .map((a) => {
      const user = a.user ?? a.pseud;
      const label = a.user && a.user !== a.pseud ? `${a.pseud} (${a.user})` : a.pseud;
      return `<a rel="author" href="/users/${encodeURIComponent(user)}/pseuds/${encodeURIComponent(a.pseud)}">${esc(label)}</a>`;
    })
    .join(', ');
}

const plainAuthors = (spec: Ao3WorkSpec) =>
  spec.authors === 'anonymous' ? 'Anonymous' : spec.authors.map((a) => a.pseud).join(', ');

/** Words in the work, counted over the chapter texts. */
export function ao3WorkWords(spec: Ao3WorkSpec): number {
  return spec.chapters.reduce((n, c) => n + countWords(c.body.replace(/<[^>]+>/g, ' ')), 0);
}

function meta(spec: Ao3WorkSpec): string {
  const written = spec.chapters.length;
  const planned = spec.plannedChapters === null ? '?' : String(spec.plannedChapters ?? written);
  const statusLine =
    written > 1 || !spec.complete
      ? `<dt class="status">${spec.complete ? 'Completed' : 'Updated'}:</dt><dd class="status">${spec.updated ?? spec.published}</dd>`
      : '';
  return `
    <h3 class="landmark heading">Work Header</h3>
<div class="wrapper">
  <dl class="work meta group">
${metaPair('rating', 'Rating', [spec.rating])}
${metaPair('warning', '<a href="/tos_faq#tags">Archive Warning</a>', spec.warnings)}
${metaPair('category', 'Category', spec.categories)}
${metaPair('fandom', 'Fandoms', spec.fandoms)}
${metaPair('relationship', 'Relationships', spec.relationships)}
${metaPair('character', 'Characters', spec.characters)}
${metaPair('freeform', 'Additional Tags', spec.freeforms)}
      <dt class="language">Language:</dt>
      <dd class="language" lang="${spec.language?.code ?? 'en'}">${esc(spec.language?.name ?? 'English')}</dd>
${
  spec.series
    ? `      <dt class="series">Series:</dt>
      <dd class="series"><span class="series"><span class="position">Part ${spec.series.part} of <a href="/series/${spec.series.id}">${esc(spec.series.title)}</a></span></span></dd>`
    : ''
}
    <dt class="stats">Stats:</dt>
    <dd class="stats">
      <dl class="stats"><dt class="published">Published:</dt><dd class="published">${spec.published}</dd>${statusLine}<dt class="words">Words:</dt><dd class="words">${thousands(ao3WorkWords(spec))}</dd><dt class="chapters">Chapters:</dt><dd class="chapters">${written}/${planned}</dd><dt class="kudos">Kudos:</dt><dd class="kudos">${spec.kudos ?? 0}</dd><dt class="hits">Hits:</dt><dd class="hits">1,024</dd></dl>
    </dd>
  </dl>
</div>`;
}

function navigation(spec: Ao3WorkSpec, view: Ao3View): string {
  const w = spec.id;
  const items: string[] = [];
  if (view.kind === 'chapter') {
    const i = view.index;
    items.push(
      `<li class="chapter entire"><a href="/works/${w}?view_full_work=true">Entire Work</a></li>`,
    );
    const prev = spec.chapters[i - 1];
    const next = spec.chapters[i + 1];
    if (prev)
      items.push(
        `<li class="chapter previous"><a href="/works/${w}/chapters/${prev.id}#workskin">&#8592; Previous Chapter</a></li>`,
      );
    if (next)
      items.push(
        `<li class="chapter next"><a href="/works/${w}/chapters/${next.id}#workskin">Next Chapter &#8594;</a></li>`,
      );
    const options = spec.chapters
      .map(
        (c, n) =>
          `<option ${n === i ? 'selected="selected" ' : ''}value="${c.id}">${n + 1}. ${esc(c.title ?? `Chapter ${n + 1}`)}</option>`,
      )
      .join('');
    items.push(`<li class="chapter"><noscript><a href="/works/${w}/navigate">Chapter Index</a></noscript><button class="hidden">Chapter Index</button>
      <ul id="chapter_index" class="expandable secondary hidden">
        <li><form action="/works/${w}/chapters/${spec.chapters[i]!.id}" accept-charset="UTF-8" method="get"><p>
              <select name="selected_id" id="selected_id">${options}</select>
              <span class="submit actions"><input type="submit" value="Go" /></span>
            </p></form></li>
        <li><a href="/works/${w}/navigate">Full-Page Index</a></li>
      </ul>
    </li>`);
  } else if (view.kind === 'entire') {
    items.push(
      `<li class="chapter bychapter"><a href="/works/${w}/chapters/${spec.chapters[0]!.id}">Chapter by Chapter</a></li>`,
    );
  }
  items.push(
    `<li class="comments" id="show_comments_link_top"><a data-remote="true" href="/comments/show_comments?work_id=${w}">Comments </a></li>`,
  );
  if (spec.skinCss)
    items.push(
      `<li class="style"><a href="/works/${w}?style=disable">Hide Creator&#39;s Style</a></li>`,
    );
  items.push(
    `<li class="share hidden"><a class=" modal" title="Share Work" href="/works/${w}/share">Share</a></li>`,
  );
  items.push(
    `<li class="download"><button class="hidden">Download</button><ul class="expandable secondary"><li><a href="/downloads/${w}/work.epub">EPUB</a></li><li><a href="/downloads/${w}/work.html">HTML</a></li></ul></li>`,
  );
  return `<h3 class="landmark heading">Actions</h3>\n<ul class="work navigation actions">\n${items.join('\n')}\n</ul>`;
}

function notesModule(html: string, jump?: string): string {
  return `<div class="notes module">
  <h3 class="heading">Notes:</h3>
    <blockquote class="userstuff">${html}</blockquote>
${jump ?? ''}
</div>`;
}

function chapterDiv(spec: Ao3WorkSpec, index: number): string {
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

function afterword(spec: Ao3WorkSpec): string {
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

function feedback(spec: Ao3WorkSpec, view: Ao3View): string {
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

/** An AO3 work page in the given view. */
export function ao3WorkPage(spec: Ao3WorkSpec, view: Ao3View): string {
  const isFirst = view.kind !== 'chapter' || view.index === 0;
  const isLast = view.kind !== 'chapter' || view.index === spec.chapters.length - 1;
  const workNotesJump = spec.endNotes
    ? `<p class="jump">(See the end of the work for <a href="#work_endnotes">more notes</a>.)</p>`
    : undefined;
  const preface = `<div class="preface group">
  <h2 class="title heading">
    ${esc(spec.title)}
  </h2>
  <h3 class="byline heading">
    ${byline(spec)}
  </h3>
${isFirst && spec.summary ? `      <div class="summary module">\n        <h3 class="heading">Summary:</h3>\n          <blockquote class="userstuff">${spec.summary}</blockquote>\n      </div>` : ''}
${isFirst && spec.notes ? notesModule(spec.notes, workNotesJump) : ''}
</div>`;
  let chapters: string;
  if (view.kind === 'single') {
    chapters = `<div id="chapters" role="article">
          <h3 class="landmark heading" id="work">Work Text:</h3>
            <div class="userstuff">${spec.chapters[0]!.body}</div>
      </div>`;
  } else if (view.kind === 'entire') {
    chapters = `<div id="chapters" role="article">\n${spec.chapters.map((_, i) => chapterDiv(spec, i)).join('\n')}\n</div>`;
  } else {
    chapters = `<div id="chapters">\n${chapterDiv(spec, view.index)}\n</div>`;
  }
  const skin = spec.skinCss ? `<style type="text/css">\n${spec.skinCss}\n</style>` : '';
  const next = view.kind === 'chapter' ? spec.chapters[view.index + 1] : undefined;
  const main = `<!-- BEGIN revealed -->
  <div class="work">
    <p class="landmark"><a name="top">&nbsp;</a></p>
    ${navigation(spec, view)}
    ${meta(spec)}
    ${skin}
    <!-- BEGIN section where work skin applies -->
    <div id="workskin">
      ${preface}
      ${chapters}
      ${isLast ? afterword(spec) : ''}
    </div>
    <!-- END work skin -->
  </div>
  ${feedback(spec, view)}
${next ? `    <script type="speculationrules">{"prerender":[{"source":"list","urls":["/works/${spec.id}/chapters/${next.id}#workskin"]}]}</script>` : ''}
<!-- END revealed -->`;
  const chapterPart = view.kind === 'chapter' ? ` - Chapter ${view.index + 1}` : '';
  const url = new URL(ao3WorkUrl(spec, view));
  return ao3Layout({
    title: `${spec.title}${chapterPart} - ${plainAuthors(spec)} - ${spec.fandoms.join(', ')} [Archive of Our Own]`,
    mainClass: view.kind === 'chapter' ? 'chapters-show' : 'works-show',
    main,
    returnTo: url.pathname + url.search,
  });
}
