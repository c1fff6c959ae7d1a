import { esc, thousands } from '../html';
import type { Ao3View, Ao3WorkSpec } from './work-page';

/** The work header of an AO3 work page, after OTW's _meta and _work_header_navigation templates. */

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

/**
 * The work meta block: tags, language, series and stats. `words` comes from the caller so this file
 * need not import work-page.ts back (its ao3WorkWords) and make a cycle.
 */
export function meta(spec: Ao3WorkSpec, words: number): string {
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
      <dl class="stats"><dt class="published">Published:</dt><dd class="published">${spec.published}</dd>${statusLine}<dt class="words">Words:</dt><dd class="words">${thousands(words)}</dd><dt class="chapters">Chapters:</dt><dd class="chapters">${written}/${planned}</dd><dt class="kudos">Kudos:</dt><dd class="kudos">${spec.kudos ?? 0}</dd><dt class="hits">Hits:</dt><dd class="hits">1,024</dd></dl>
    </dd>
  </dl>
</div>`;
}

/** The actions bar above the work: chapter links and index, comments, style, share, download. */
export function navigation(spec: Ao3WorkSpec, view: Ao3View): string {
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
