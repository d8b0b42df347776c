/**
 * A plan with bad metadata stops a real build with a message naming the plan and the field.
 * The other broken plans (numbering, obligations, status) and a clash across plans (two
 * documents on one /van-ban/ address) are checked through the plan loader in Node
 * (test/unit/integrations/plan-loader.test.ts): a build of the project takes a minute.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const PLAN = 'content/plans/ha-bac-chat-luong-can-bo-2026.mdx';
const dirs: string[] = [];

/** A copy of the project with one plan file changed, built with the project's own Astro. */
async function buildWith(edit: (mdx: string) => string): Promise<{ code: number; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'ke-hoach-'));
  dirs.push(dir);
  for (const path of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, PLAN), edit(readFileSync(join(ROOT, PLAN), 'utf8')));
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a broken plan fails the build', () => {
  it('names the plan and the field when the metadata is wrong', async () => {
    const { code, output } = await buildWith((mdx) => mdx.replace('level: "xã"', 'level: "huyện"'));
    expect(code).not.toBe(0);
    expect(output).toContain('ha-bac-chat-luong-can-bo-2026');
    expect(output).toMatch(/level/);
  }, 120_000);
});
