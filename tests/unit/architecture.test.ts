import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildImportGraph,
  checkRules,
  globToRegExp,
  reachable,
  type ImportGraph,
  type ImportRule,
  type KnownException,
  type Violation,
} from '../support/import-graph';

// The layering rules of README.md ("How the code is laid out"), checked on the import graph of
// every shipped .ts/.tsx file under entrypoints/, components/ and lib/, and wxt.config.ts.
//
// Type-only imports count. A type import of a stored shape ties the UI to the database schema
// as surely as a value import does (a schema change becomes a UI change), and `import type`
// quietly turns into a value import the day someone needs a constant from the same module.
// The UI gets wire types from lib/messaging; the Store's shapes stay behind the background.

const ROOT = join(__dirname, '../..');
const UI =
  '{components/**,entrypoints/popup/**,entrypoints/popup-prefetch.ts,entrypoints/library/**}';
const CONTENT_SCRIPTS = '{entrypoints/*.content/**,entrypoints/*.content.ts}';
const EXTRACTORS =
  '{lib/sites/all-adapters.ts,lib/sites/extract-page.ts,lib/sites/adapters/**,lib/sites/*/extract.ts,lib/sites/common/blocks.ts,lib/sites/generic/**}';

const RULES: ImportRule[] = [
  {
    from: 'lib/**',
    forbidden: 'entrypoints/**',
    why: 'lib/ is framework-free logic; entrypoints wire it, never the other way round',
  },
  {
    from: 'lib/**',
    forbidden: 'components/**',
    why: 'lib/ is framework-free logic; components use it, never the other way round',
  },
  {
    from: 'lib/sites/**',
    forbidden: 'lib/db/**',
    why: 'reading a page never touches the Store',
  },
  {
    from: 'lib/reader/**',
    forbidden: 'lib/db/**',
    why: 'the reader logic runs in pages; the Store lives in the background',
  },
  {
    from: CONTENT_SCRIPTS,
    forbidden: 'lib/db/**',
    why: 'content scripts run in pages; they ask the background, which owns the Store',
  },
  {
    from: 'lib/content/**',
    forbidden: 'lib/db/**',
    why: 'the content script runs in the page; the Store lives in the background',
  },
  {
    from: '{lib/content/**,entrypoints/*.content.ts}',
    forbidden: '{npm:preact,npm:preact/hooks,npm:dompurify,npm:valibot,npm:idb,components/**}',
    why: 'the content script keeps to the cover, reading the page and the channel: the reader, its sanitizer, validation and storage live in the reader frame and the background (issue 8: a small, quick content script; issue 9: nothing private in the page)',
    transitive: true,
  },
  {
    from: UI,
    forbidden: 'lib/db/**',
    why: 'the UI gets wire types and data from lib/messaging, not the Store',
  },
  {
    from: '**',
    except: 'lib/sanitize.ts',
    forbidden: 'npm:dompurify',
    why: 'lib/sanitize.ts is the one place untrusted HTML becomes DOM',
  },
  {
    from: '**',
    except: 'lib/sites/generic/**',
    forbidden: 'npm:@mozilla/readability',
    why: 'Readability reads pages opened on request only (lib/sites/generic)',
  },
  {
    from: '{entrypoints/background.ts,entrypoints/popup/**,entrypoints/popup-prefetch.ts,entrypoints/library/**,wxt.config.ts,lib/sites/site-urls.ts,lib/sites/classify-page.ts}',
    forbidden: EXTRACTORS,
    why: 'the background, extension pages and manifest need what a URL says (lib/sites/site-urls.ts), not every extractor',
    transitive: true,
  },
];

// Edges that break a rule for now, each with its reason (none today: the stale-exception test
// below asks for an entry's removal once its edge goes).
const KNOWN_EXCEPTIONS: KnownException[] = [];

const graph = buildImportGraph(ROOT, ['entrypoints', 'components', 'lib'], ['wxt.config.ts']);
const nodes = new Set([...Object.keys(graph), ...Object.values(graph).flat()]);
const describeViolation = (v: Violation) => `${v.path.join(' -> ')}: ${v.rule.why}`;

describe('the architecture', () => {
  it('holds to every rule', () => {
    expect(checkRules(graph, RULES, KNOWN_EXCEPTIONS).map(describeViolation)).toEqual([]);
  });

  it.each(RULES.map((r) => [r.from, r.forbidden, r] as const))(
    'rule %s -/-> %s matches files on both sides (a rule that matches nothing is a typo)',
    (_from, _forbidden, rule) => {
      const files = Object.keys(graph).filter((f) => globToRegExp(rule.from).test(f));
      expect(files.filter((f) => !rule.except || !globToRegExp(rule.except).test(f))).not.toEqual(
        [],
      );
      expect([...nodes].filter((n) => globToRegExp(rule.forbidden).test(n))).not.toEqual([]);
    },
  );

  it('lists only known exceptions that still exist', () => {
    const stale = KNOWN_EXCEPTIONS.filter((e) => !graph[e.from]?.includes(e.to));
    expect(stale, 'fixed: remove these from KNOWN_EXCEPTIONS').toEqual([]);
  });

  it('resolves every import of our own files', () => {
    const unresolved = Object.entries(graph).flatMap(([file, imports]) =>
      imports.filter((i) => i.startsWith('unresolved:')).map((i) => `${file}: ${i}`),
    );
    expect(unresolved).toEqual([]);
  });

  it.each(Object.keys(graph).filter((f) => /^lib\/sites\/adapters\/[^/]+\.ts$/.test(f)))(
    '%s holds one site: its own description and one site folder',
    (adapter) => {
      const reached = [...reachable(graph, adapter).keys()];
      const id = adapter.slice('lib/sites/adapters/'.length, -'.ts'.length);
      const descriptions = reached.filter((f) => f.startsWith('lib/sites/urls/'));
      const folders = new Set(
        reached
          .map((f) => /^lib\/sites\/([^/]+)\//.exec(f)?.[1])
          .filter((folder) => folder && folder !== 'common' && folder !== 'urls'),
      );
      expect(descriptions).toEqual([`lib/sites/urls/${id}.ts`]);
      expect(folders.size, [...folders].join(', ')).toBe(1);
    },
  );
});

describe('checkRules', () => {
  const fake: ImportGraph = {
    'lib/sites/page.ts': ['lib/sites/helper.ts', 'npm:dompurify'],
    'lib/sites/helper.ts': ['lib/db/schema.ts'],
    'lib/db/schema.ts': [],
    'components/List.tsx': ['lib/db/schema.ts'],
  };

  it('reports a planted direct violation, with its reason', () => {
    const rule = { from: 'lib/sites/**', forbidden: 'lib/db/**', why: 'no Store' };
    expect(checkRules(fake, [rule]).map(describeViolation)).toEqual([
      'lib/sites/helper.ts -> lib/db/schema.ts: no Store',
    ]);
  });

  it('follows the chain for a transitive rule, and only then', () => {
    const rule = { from: 'lib/sites/page.ts', forbidden: 'lib/db/**', why: 'w' };
    expect(checkRules(fake, [rule])).toEqual([]);
    expect(checkRules(fake, [{ ...rule, transitive: true }]).map((v) => v.path)).toEqual([
      ['lib/sites/page.ts', 'lib/sites/helper.ts', 'lib/db/schema.ts'],
    ]);
  });

  it('sets aside known exceptions and the files a rule excepts', () => {
    const ui = { from: 'components/**', forbidden: 'lib/db/**', why: 'w' };
    const exception = { from: 'components/List.tsx', to: 'lib/db/schema.ts', why: 'w' };
    expect(checkRules(fake, [ui], [exception])).toEqual([]);
    const purify = {
      from: '**',
      except: 'lib/sites/page.ts',
      forbidden: 'npm:dompurify',
      why: 'w',
    };
    expect(checkRules(fake, [purify])).toEqual([]);
    expect(checkRules(fake, [{ ...purify, except: 'lib/other.ts' }])).toHaveLength(1);
  });
});

describe('globToRegExp', () => {
  it.each([
    ['lib/**', 'lib/sites/ao3/url.ts', true],
    ['lib/**', 'library/x.ts', false],
    ['entrypoints/*.content.ts', 'entrypoints/reader-on-demand.content.ts', true],
    ['entrypoints/*.content.ts', 'entrypoints/a/b.content.ts', false],
    ['entrypoints/*.content/**', 'entrypoints/reader.content/index.ts', true],
    ['lib/sites/*/extract.ts', 'lib/sites/ao3/extract.ts', true],
    ['lib/sites/*/extract.ts', 'lib/sites/extract-page.ts', false],
    ['{a.ts,b/**}', 'b/c/d.ts', true],
    ['{a.ts,b/**}', 'c.ts', false],
    ['npm:@mozilla/readability', 'npm:@mozilla/readability', true],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });
});
