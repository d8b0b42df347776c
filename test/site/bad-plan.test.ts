/** A plan with bad metadata, numbering or legal basis stops the build with a message naming the file and the problem. */
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

  it('says how to write a number when Markdown turned it into a list', async () => {
    const { code, output } = await buildWith((mdx) => mdx.replace('**3.** Tham mưu', '3. Tham mưu'));
    expect(code).not.toBe(0);
    expect(output).toContain('danh sách tự đánh số');
  }, 120_000);

  it.each([
    [
      'names the plan and the clause when an obligation marks an anchor the plan does not have',
      ['- id: "ii-7"', '- id: "ii-9"'],
      'Kế hoạch "ha-bac-chat-luong-can-bo-2026", nghĩa vụ "ii-9": không có điều khoản nào mang mã này',
    ],
    [
      'names the plan and the field when a draft has a number',
      ['number: null', 'number: "12/KH-UBND"'],
      ['ha-bac-chat-luong-can-bo-2026', 'status.kind', 'Dự thảo thì chưa có số hiệu, nhưng kế hoạch ghi số “12/KH-UBND”'],
    ],
    [
      'names both plans when two issuers’ documents would share one /van-ban/ address',
      ['number: "197/KH-UBND"\n    date: 2026-06-01\n    issuer: "Ủy ban nhân dân thành phố Hải Phòng"', 'number: "162/KH-UBND"\n    date: 2026-05-05\n    issuer: "Ủy ban nhân dân tỉnh Thái Nguyên"'],
      'Hai văn bản khác nhau cùng địa chỉ /van-ban/162-kh-ubnd-2026-05-05/: “Kế hoạch số 162/KH-UBND ngày 05/5/2026 của Ủy ban nhân dân thành phố Hải Phòng” (kế hoạch "an-hung-dtts-2026")',
    ],
    [
      'stops when an obligation quotes a deadline the clause does not say',
      ['deadline: "Hoàn thành trong tháng 6/2026"', 'deadline: "Hoàn thành trong tháng 7/2026"'],
      'nghĩa vụ "ii-2": thời hạn "Hoàn thành trong tháng 7/2026" không có nguyên văn',
    ],
    [
      'stops, naming plan and clause, when a clause that names a body is neither marked nor excused',
      ['  - id: "iii-3-3"\n    lead: "Các cơ quan chuyên môn, đơn vị liên quan"\n', ''],
      'Kế hoạch "ha-bac-chat-luong-can-bo-2026", điều khoản "iii-3-3" (gạch đầu dòng thứ 3 khoản 3 Mục III): nêu cơ quan “cơ quan, đơn vị liên quan” (ở khoản 3 Mục III) nhưng chưa được ghi là nghĩa vụ',
    ],
  ] as const)('%s', async (_name, [from, to], messages) => {
    const { code, output } = await buildWith((mdx) => mdx.replace(from, to));
    expect(code).not.toBe(0);
    for (const message of [messages].flat()) expect(output).toContain(message);
  }, 120_000);
});
