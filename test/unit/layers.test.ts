/**
 * The layers of src/lib (docs/architecture.md "Layers"): core uses no domain, no two
 * modules or folders depend on each other both ways, and the browser's pure logic never
 * reaches into build-time code or components.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, groupGraph, importSpecifiers, readImportGraph } from '../support/import-graph';

const LIB = join(import.meta.dirname, '../../src/lib');
const graph = readImportGraph(LIB);

/** A top-level module ("plan-list") or folder ("quota/") of src/lib; "../…" for what lies outside it. */
const unitOf = (module: string) => (module.startsWith('../') ? module : module.includes('/') ? `${module.split('/')[0]}/` : module);

/** Every import from one unit to another, as "from → to". */
const unitImports = (accept: (from: string, to: string) => boolean) =>
  [...graph].flatMap(([from, targets]) => [...targets].filter((to) => accept(unitOf(from), unitOf(to))).map((to) => `${from} → ${to}`));

describe('the import graph reader', () => {
  it('finds every form of import, and none in comments', () => {
    const source = [
      "import a from './a';",
      "import type { B } from '../b';",
      "import {\n  c,\n  type D,\n} from './c.ts';",
      "export { e } from './e';",
      "import './f.css';",
      "const g = import('./g');",
      "// import h from './h';",
      "/* import i from './i'; */",
      "import papa from 'papaparse';",
    ].join('\n');
    expect(importSpecifiers(source)).toEqual(['./a', '../b', './c.ts', './e', './f.css', './g', 'papaparse']);
  });
  it('finds a two-way dependency and a longer cycle, and nothing in a graph without one', () => {
    const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges).map(([k, v]) => [k, new Set(v)]));
    expect(cycles(graph({ a: ['b'], b: ['a'], c: ['a'] }))).toEqual([['a', 'b']]);
    expect(cycles(graph({ a: ['b'], b: ['c'], c: ['a'], d: [] }))).toEqual([['a', 'b', 'c']]);
    expect(cycles(graph({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
  });
  it('reads src/lib itself', () => {
    expect(graph.get('quota/engine')).toContain('math/rational');
    expect(graph.get('csv/read')).toContain('core/dates');
  });
});

describe('src/lib in layers', () => {
  it('core imports nothing from a domain', () => {
    expect(unitImports((from, to) => from === 'core/' && to !== 'core/')).toEqual([]);
  });

  it('no two modules or folders depend on each other, directly or round a longer cycle', () => {
    expect(cycles(groupGraph(graph, unitOf))).toEqual([]);
  });

  it('no cycle among the files inside a folder', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('imports nothing from build-time code, integrations, components or pages (data files only)', () => {
    expect(unitImports((_, to) => to.startsWith('../') && !to.startsWith('../data/'))).toEqual([]);
  });
});
