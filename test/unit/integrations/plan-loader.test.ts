/**
 * A plan with bad metadata or numbering stops the build with a message naming the file
 * and the problem: checked here through the plan loader, the schema and the site's Markdown
 * processor in Node (test/support/plan-loader.ts); test/site/bad-plan.test.ts runs one real build.
 * A clash across plans (two documents on one /van-ban/ address) is checked the same way, on
 * the loaded entries, with the function the /van-ban/ pages call (src/pages/van-ban/_documents.ts).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { basisDocuments } from '../../../src/lib/documents';
import { ROOT, loadPlanEntries, loadPlans, planSource } from '../../support/plan-loader';

const PLAN = 'ha-bac-chat-luong-can-bo-2026';
const FILE = `content/plans/${PLAN}.mdx`;

/** The loader's error for the plan with one edit, or '' when it loads. */
async function errorWith(from: string, to: string): Promise<string> {
  const source = planSource(PLAN);
  expect(source).toContain(from);
  return loadPlans({ [PLAN]: source.replace(from, to) }).then(
    () => '',
    (error: Error) => error.message,
  );
}

/** Every published plan's file, slug → text. */
const publishedFiles = () =>
  Object.fromEntries(readdirSync(join(ROOT, 'content/plans')).map((name) => name.replace(/\.mdx$/, '')).map((slug) => [slug, planSource(slug)]));

describe('the plan loader', () => {
  it('loads the published plans', async () => {
    const files = publishedFiles();
    const slugs = Object.keys(files);
    expect(slugs.length).toBeGreaterThanOrEqual(5);
    expect((await loadPlans(files)).sort()).toEqual(slugs.sort());
  });
});

describe('a broken plan fails the build', () => {
  // Astro's Markdown processor also logs the error it throws.
  beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));

  it('names the field when the metadata is wrong', async () => {
    const message = await errorWith('level: "xã"', 'level: "huyện"');
    expect(message).toContain('"level"');
    expect(message).toContain('Cấp ban hành phải là');
  });

  it('names the field when a draft has a number', async () => {
    const message = await errorWith('number: null', 'number: "12/KH-UBND"');
    expect(message).toContain('"status"');
    expect(message).toContain('Dự thảo thì chưa có số hiệu, nhưng kế hoạch ghi số “12/KH-UBND”');
  });

  it('names the plan and says how to write a number when Markdown turned it into a list', async () => {
    const message = await errorWith('**3.** Tham mưu', '3. Tham mưu');
    expect(message).toContain(`Kế hoạch ${FILE}:`);
    expect(message).toContain('danh sách tự đánh số');
  });

  it.each([
    [
      'names the plan and the clause when an obligation marks an anchor the plan does not have',
      ['- id: "ii-7"', '- id: "ii-9"'],
      'Kế hoạch "ha-bac-chat-luong-can-bo-2026", nghĩa vụ "ii-9": không có điều khoản nào mang mã này',
    ],
    [
      'stops, naming plan and clause, when a clause that names a body is neither marked nor excused',
      ['  - id: "iii-3-3"\n    lead: "Các cơ quan chuyên môn, đơn vị liên quan"\n', ''],
      'Kế hoạch "ha-bac-chat-luong-can-bo-2026", điều khoản "iii-3-3" (gạch đầu dòng thứ 3 khoản 3 Mục III): nêu cơ quan “cơ quan, đơn vị liên quan” (ở khoản 3 Mục III) nhưng chưa được ghi là nghĩa vụ',
    ],
    [
      'stops when an obligation quotes a deadline the clause does not say',
      ['deadline: "Hoàn thành trong tháng 6/2026"', 'deadline: "Hoàn thành trong tháng 7/2026"'],
      'nghĩa vụ "ii-2": thời hạn "Hoàn thành trong tháng 7/2026" không có nguyên văn',
    ],
  ] as const)('%s', async (_name, [from, to], expected) => {
    const message = await errorWith(from, to);
    expect(message).toContain(`Kế hoạch ${FILE}:`);
    expect(message).toContain(expected);
  });
});

describe('a clash across plans fails the build', () => {
  it('names both plans when two issuers’ documents would share one /van-ban/ address', async () => {
    const files = publishedFiles();
    const from = 'number: "197/KH-UBND"\n    date: 2026-06-01\n    issuer: "Ủy ban nhân dân thành phố Hải Phòng"';
    expect(files[PLAN]).toContain(from);
    files[PLAN] = files[PLAN]!.replace(from, 'number: "162/KH-UBND"\n    date: 2026-05-05\n    issuer: "Ủy ban nhân dân tỉnh Thái Nguyên"');
    const entries = await loadPlanEntries(files);
    // Which plan the message names first follows the collection's order.
    const clash = () => basisDocuments(entries);
    expect(clash).toThrow('Hai văn bản khác nhau cùng địa chỉ /van-ban/162-kh-ubnd-2026-05-05/');
    expect(clash).toThrow('“Kế hoạch số 162/KH-UBND ngày 05/05/2026 của Ủy ban nhân dân thành phố Hải Phòng” (kế hoạch "an-hung-dtts-2026"');
    expect(clash).toThrow('“Kế hoạch số 162/KH-UBND ngày 05/05/2026 của Ủy ban nhân dân tỉnh Thái Nguyên” (kế hoạch "ha-bac-chat-luong-can-bo-2026"');
  });
});
