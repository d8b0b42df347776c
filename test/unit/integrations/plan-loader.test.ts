/**
 * A plan with bad metadata or numbering stops the build with a message naming the file
 * and the problem: checked here through the plan loader, the schema and the site's Markdown
 * processor in Node (test/support/plan-loader.ts); test/site/bad-plan.test.ts runs one real build.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ROOT, loadPlans, planSource } from '../../support/plan-loader';

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

describe('the plan loader', () => {
  it('loads the published plans', async () => {
    const slugs = readdirSync(join(ROOT, 'content/plans')).map((name) => name.replace(/\.mdx$/, ''));
    expect(slugs.length).toBeGreaterThanOrEqual(5);
    expect((await loadPlans(Object.fromEntries(slugs.map((slug) => [slug, planSource(slug)])))).sort()).toEqual(slugs.sort());
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
