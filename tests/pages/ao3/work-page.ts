import { countWords, esc } from '../html';
import { ao3Layout } from './layout';
import { afterword, chapterDiv, feedback } from './work-chapters';
import { meta, navigation } from './work-meta';

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

function notesModule(html: string, jump?: string): string {
  return `<div class="notes module">
  <h3 class="heading">Notes:</h3>
    <blockquote class="userstuff">${html}</blockquote>
${jump ?? ''}
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
    ${meta(spec, ao3WorkWords(spec))}
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
