/**
 * The import graph of a source folder, read from the import statements themselves (no
 * bundler): which file imports which, and the cycles in it. test/unit/layers.test.ts
 * holds src/lib to the layers of docs/architecture.md with it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SOURCE = /\.(ts|tsx|js|mjs)$/;
// `import … from '…'`, `import type …`, `export … from '…'`, `import '…'`, and `import('…')`.
const IMPORT = /\b(?:import|export)\s+(?:type\s+)?(?:[\w$*{}\s,]+?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const COMMENT = /\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm;

/** The specifiers a module imports or re-exports from, comments left out. */
export function importSpecifiers(source: string): string[] {
  return [...source.replace(COMMENT, '').matchAll(IMPORT)].map((m) => (m[1] ?? m[2])!);
}

/** A file's name without its extension, relative to the root: "quota/engine". */
const moduleName = (root: string, file: string) => relative(root, file).replace(SOURCE, '').split('\\').join('/');

/**
 * Every source file under `root` and what it imports by relative path, each named
 * relative to `root` without extension ("../integrations/x" for a file outside it).
 * Package imports are left out.
 */
export function readImportGraph(root: string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => SOURCE.test(f));
  for (const file of files) {
    const path = join(root, file);
    const targets = importSpecifiers(readFileSync(path, 'utf8'))
      .filter((s) => s.startsWith('.'))
      .map((s) => moduleName(root, resolve(dirname(path), s)));
    graph.set(moduleName(root, path), new Set(targets));
  }
  return graph;
}

/** The graph between groups of modules: `groupOf` names a module's group; imports within a group are left out. */
export function groupGraph(graph: Map<string, Set<string>>, groupOf: (module: string) => string): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const [from, targets] of graph) {
    const edges = groups.get(groupOf(from)) ?? new Set<string>();
    for (const to of targets) if (groupOf(to) !== groupOf(from)) edges.add(groupOf(to));
    groups.set(groupOf(from), edges);
  }
  return groups;
}

/** The cycles of a graph: each set of nodes that reach one another (Tarjan's strongly connected components), sorted. */
export function cycles(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)?.has(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}
