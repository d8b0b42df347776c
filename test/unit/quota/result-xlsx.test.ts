import { describe, expect, it } from 'vitest';
import { citation } from '../../../src/lib/rules/clause';
import { communeQuota, explainCommuneQuota } from '../../../src/lib/quota/engine';
import { QUOTA_RESULT_XLSX_NAME, quotaResultRows } from '../../../src/lib/quota/result-csv';
import { quotaResultWorkbook } from '../../../src/lib/quota/result-xlsx';
import { AN_HUNG, QD470_THAI_NGUYEN } from '../../../src/lib/quota/rules';
import { ABOUT_SHEET, RESULTS_SHEET } from '../../../src/lib/xlsx/result-workbook';
import { writeWorkbook } from '../../../src/lib/xlsx/write-workbook';
import { commune } from '../../support/commune-fixture';
import { readWorkbook, sheetValues } from '../../support/xlsx';

const about = { read: [{ file: 'xa.xlsx', sheet: 'Xã' }], date: { year: 2026, month: 4, day: 1 }, origin: 'https://kehoach.example.vn' };

describe('ket-qua-chi-tieu-dtts.xlsx', () => {
  const results = [communeQuota(commune({ code: 'X01', name: 'Xã Đồng Hỷ', dtts: 6000, staffQuota: 40, dttsCadres: 7 }), QD470_THAI_NGUYEN)];

  it('holds the CSV file’s rows, as numbers under Vietnamese headers, then each commune’s clauses', async () => {
    expect(QUOTA_RESULT_XLSX_NAME).toBe('ket-qua-chi-tieu-dtts.xlsx');
    const workbook = await readWorkbook(await writeWorkbook(quotaResultWorkbook(results, QD470_THAI_NGUYEN, about, new Date(0))));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([RESULTS_SHEET, ABOUT_SHEET]);
    const [header, row] = sheetValues(workbook.getWorksheet(RESULTS_SHEET)!) as [string[], unknown[]];
    expect(header.slice(0, 4)).toEqual(['Mã xã', 'Tên xã', 'Tỷ lệ DTTS (%)', 'Mức tối thiểu (%)']);
    expect(header.slice(-3)).toEqual(['Bộ quy tắc', 'Ghi chú', 'Căn cứ']);
    // The same figures as the CSV file, each a number where the CSV file writes a number.
    const csv = quotaResultRows(results, QD470_THAI_NGUYEN)[1]!;
    const asNumbers = csv.map((cell) => (/^\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell));
    expect(asNumbers.slice(2, 15).every((v) => typeof v === 'number')).toBe(true);
    expect(row.slice(0, -1).map((v) => v ?? '')).toEqual(asNumbers);
    const cited = Object.values(explainCommuneQuota(results[0]!, QD470_THAI_NGUYEN)).flatMap((y) => Object.values(y).flatMap((f) => f.why.clauses));
    for (const clause of cited) expect(row.at(-1)).toContain(`${citation(clause)}: https://kehoach.example.vn/ke-hoach/${clause.plan}/#${clause.anchor}`);
    const info = sheetValues(workbook.getWorksheet(ABOUT_SHEET)!);
    expect(info).toContainEqual(['Bộ quy tắc', QD470_THAI_NGUYEN.name]);
    expect(info).toContainEqual(['Kế hoạch', 'https://kehoach.example.vn/ke-hoach/thai-nguyen-128-kh-ubnd-2026/']);
  });

  it('names both plans when a rule set borrows clauses from another (An Hưng from Thái Nguyên)', () => {
    const anHung = [communeQuota(commune({ dtts: 4000 }), AN_HUNG)];
    const info = quotaResultWorkbook(anHung, AN_HUNG, about, new Date(0)).sheets[1]!;
    const plans = info.rows.filter((r) => r[0] === 'Kế hoạch').map((r) => (r[1] as { text: string }).text);
    expect(plans).toEqual(expect.arrayContaining(['https://kehoach.example.vn/ke-hoach/an-hung-dtts-2026/', 'https://kehoach.example.vn/ke-hoach/thai-nguyen-128-kh-ubnd-2026/']));
  });
});
