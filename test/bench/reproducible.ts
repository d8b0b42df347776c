/**
 * Reproducible builds (docs/offline.md): builds the site twice from the same sources, each
 * time with the content cache cleared, and lists every file that differs. A deploy of
 * unchanged sources must change no file, or readers download again what they have.
 * Not part of npm test: it takes two full builds; the known cause (calendar stamps) has a
 * unit test of its own (test/unit/obligations/export.test.ts).
 * Run: npm run bench:reproducible
 */
import { readFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildSeconds } from '../support/build-site';

const files = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name).slice(dir.length + 1));

it('two builds of the same sources are the same bytes', async () => {
  const scratch = mkdtempSync(join(tmpdir(), 'reproducible-'));
  try {
    const [a, b] = [join(scratch, 'a'), join(scratch, 'b')];
    await buildSeconds({}, a);
    await buildSeconds({}, b);
    const [inA, inB] = [new Set(files(a)), new Set(files(b))];
    const differing = [
      ...[...inA].filter((file) => !inB.has(file)).map((file) => `only in the first build: ${file}`),
      ...[...inB].filter((file) => !inA.has(file)).map((file) => `only in the second build: ${file}`),
      ...[...inA].filter((file) => inB.has(file) && !readFileSync(join(a, file)).equals(readFileSync(join(b, file)))).map((file) => `differs: ${file}`),
    ].sort();
    console.log(`${inA.size} files built twice; ${differing.length} differ${differing.length ? ':\n  ' + differing.join('\n  ') : '.'}`);
    expect(differing).toEqual([]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}, 1_200_000);
