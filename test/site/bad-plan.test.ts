/**
 * A plan with bad metadata stops a real build with a message naming the plan and the field,
 * and so do two documents that would share one /van-ban/ address (a check across plans,
 * made when the pages are built). The other broken plans (numbering, obligations, status)
 * are checked through the plan loader in Node (test/unit/integrations/plan-loader.test.ts): a build of
 * the project takes a minute each.
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

  // The collection's own check (no plan alone is wrong), made when the pages are built.
  it('names both plans when two issuers’ documents would share one /van-ban/ address', async () => {
    const { code, output } = await buildWith((mdx) =>
      mdx.replace(
        'number: "197/KH-UBND"\n    date: 2026-06-01\n    issuer: "Ủy ban nhân dân thành phố Hải Phòng"',
        'number: "162/KH-UBND"\n    date: 2026-05-05\n    issuer: "Ủy ban nhân dân tỉnh Thái Nguyên"',
      ),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('Hai văn bản khác nhau cùng địa chỉ /van-ban/162-kh-ubnd-2026-05-05/: “Kế hoạch số 162/KH-UBND ngày 05/05/2026 của Ủy ban nhân dân thành phố Hải Phòng” (kế hoạch "an-hung-dtts-2026")');
  }, 120_000);
});
