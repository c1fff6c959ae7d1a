import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';

/**
 * Who imports whom: each source file (a path from the repository root, with `/`) to what it
 * imports, resolved: another file's path, `npm:<package>` for a package, `node:<module>` for
 * Node's own, or `unresolved:<spec>`.
 * Type-only imports are edges too (see tests/unit/architecture.test.ts for why).
 */
export type ImportGraph = Readonly<Record<string, readonly string[]>>;

/** A rule over the graph: files matching `from` never import anything matching `forbidden`. */
export interface ImportRule {
  from: string;
  /** Files `from` matches that the rule leaves alone. */
  except?: string;
  forbidden: string;
  why: string;
  /** Also forbid reaching it through other files (a bundle's whole content), not only directly. */
  transitive?: boolean;
}

/** A known violation, tolerated until the work that removes it lands. */
export interface KnownException {
  from: string;
  to: string;
  why: string;
}

/** A broken rule: the importing file, what it reaches, and the chain of files in between. */
export interface Violation {
  rule: ImportRule;
  from: string;
  to: string;
  path: string[];
}

const ALIASES = ['@/', '~/', '@@/', '~~/'];
const CANDIDATES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** A glob as a RegExp: `**` any path, `*` and `?` within one segment, `{a,b}` alternatives. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (glob.startsWith('**/', i)) {
      source += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      source += '.*';
      i += 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '{') {
      braces++;
      source += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (c === ',' && braces > 0) source += '|';
    else source += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

function sourceFilesIn(root: string, dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = posix.join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFilesIn(root, path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolve(root: string, file: string, spec: string): string {
  const bare = spec.replace(/\?.*$/, '');
  const alias = ALIASES.find((a) => bare.startsWith(a));
  if (bare.startsWith('node:')) return bare;
  if (!alias && !bare.startsWith('.')) {
    const parts = bare.split('/');
    return `npm:${bare.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]}`;
  }
  const base = alias
    ? bare.slice(alias.length)
    : posix.normalize(posix.join(posix.dirname(file), bare));
  for (const ext of CANDIDATES) {
    const path = base + ext;
    if (existsSync(join(root, path)) && statSync(join(root, path)).isFile()) return path;
  }
  return `unresolved:${spec}`;
}

/**
 * The import graph of every .ts/.tsx file (tests excluded: they may reach across layers to
 * arrange a case; the rules are about what ships) under `dirs`, plus `files`.
 */
export function buildImportGraph(
  root: string,
  dirs: readonly string[],
  files: readonly string[] = [],
): ImportGraph {
  const graph: Record<string, string[]> = {};
  for (const file of [...dirs.flatMap((d) => sourceFilesIn(root, d)), ...files]) {
    const info = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
    graph[file] = [...new Set(info.importedFiles.map((i) => resolve(root, file, i.fileName)))];
  }
  return graph;
}

/** Every node the graph reaches from `start`, with the chain of files that reaches it. */
export function reachable(graph: ImportGraph, start: string): Map<string, string[]> {
  const paths = new Map<string, string[]>([[start, [start]]]);
  const queue = [start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const next of graph[file] ?? []) {
      if (paths.has(next)) continue;
      paths.set(next, [...paths.get(file)!, next]);
      queue.push(next);
    }
  }
  paths.delete(start);
  return paths;
}

/** The graph without the known exceptions' edges. */
export function withoutExceptions(
  graph: ImportGraph,
  exceptions: readonly KnownException[],
): ImportGraph {
  return Object.fromEntries(
    Object.entries(graph).map(([file, imports]) => [
      file,
      imports.filter((to) => !exceptions.some((e) => e.from === file && e.to === to)),
    ]),
  );
}

/** Every broken rule in the graph, once the known exceptions are set aside. */
export function checkRules(
  graph: ImportGraph,
  rules: readonly ImportRule[],
  exceptions: readonly KnownException[] = [],
): Violation[] {
  const allowed = withoutExceptions(graph, exceptions);
  return rules.flatMap((rule) => {
    const from = globToRegExp(rule.from);
    const except = rule.except ? globToRegExp(rule.except) : null;
    const forbidden = globToRegExp(rule.forbidden);
    return Object.keys(allowed)
      .filter((file) => from.test(file) && !except?.test(file))
      .flatMap((file) => {
        const reached = rule.transitive
          ? [...reachable(allowed, file)]
          : allowed[file]!.map((to) => [to, [file, to]] as const);
        return reached
          .filter(([to]) => forbidden.test(to))
          .map(([to, path]) => ({ rule, from: file, to, path: [...path] }));
      });
  });
}
