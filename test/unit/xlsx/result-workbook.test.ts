import { describe, expect, it } from 'vitest';
import { clauseRef } from '../../../src/lib/rules/clause';
import { ABOUT_SHEET, CLAUSES_HEADER, RESULTS_SHEET, type ResultAbout, resultWorkbook } from '../../../src/lib/xlsx/result-workbook';

const ratio = clauseRef('thai-nguyen-128-kh-ubnd-2026', 'ii-2-b-3', 'gạch đầu dòng thứ 3 điểm b khoản 2 Mục II', ['15%']);
const roadmap = clauseRef('thai-nguyen-128-kh-ubnd-2026', 'ii-2', 'khoản 2 Mục II', ['80%'], { opening: true });
const borrowed = clauseRef('an-hung-dtts-2026', 'muc-2', 'Mục 2', []);
const about: ResultAbout = {
  tool: { name: 'Tính chỉ tiêu', path: '/cong-cu/chi-tieu-dtts/' },
  ruleSets: ['Bộ A'],
  clauses: [ratio, roadmap, ratio, borrowed],
  settings: [['Ngày tham chiếu', '01/04/2026']],
  read: [{ file: 'xa.xlsx', sheet: 'Xã' }, { file: 'don-vi.csv', encoding: 'UTF-8' }],
  date: { year: 2026, month: 4, day: 1 },
  origin: 'https://kehoach.example.vn',
};
const table = {
  columns: [{ key: 'ma_xa', label: 'Mã xã' }, { key: 'ty_le', label: 'Tỷ lệ DTTS (%)', kind: 'percent' as const }, { key: 'dat', label: 'Đạt' }, { key: 'ghi_chu', label: 'Ghi chú', kind: 'notes' as const }],
  rows: [['01', 65.94, true, 'Một lưu ý.'], ['02', 3.99, null, '']],
};

describe('a result workbook', () => {
  const book = resultWorkbook(table, [[ratio, roadmap, ratio], []], about, new Date(0));
  const [results, info] = book.sheets;

  it('has the results under Vietnamese headers, numbers as numbers, and the clauses of each row in a column of their own', () => {
    expect(results!.name).toBe(RESULTS_SHEET);
    expect(results!.columns.map((c) => c.header)).toEqual(['Mã xã', 'Tỷ lệ DTTS (%)', 'Đạt', 'Ghi chú', CLAUSES_HEADER]);
    expect(results!.columns.map((c) => c.format)).toEqual(['@', '0.00', undefined, undefined, undefined]);
    expect(results!.rows).toEqual([
      ['01', 65.94, 'có', 'Một lưu ý.', 'gạch đầu dòng thứ 3 điểm b khoản 2 Mục II: https://kehoach.example.vn/ke-hoach/thai-nguyen-128-kh-ubnd-2026/#ii-2-b-3\ncâu mở đầu khoản 2 Mục II: https://kehoach.example.vn/ke-hoach/thai-nguyen-128-kh-ubnd-2026/#ii-2'],
      ['02', 3.99, null, '', ''],
    ]);
  });

  it('says which tool, rule sets, plans, settings and files produced it, and links every clause once', () => {
    expect(info!.name).toBe(ABOUT_SHEET);
    const link = (text: string, url = text) => ({ text, hyperlink: url });
    expect(info!.rows.slice(0, -1)).toEqual([
      ['Công cụ', link('Tính chỉ tiêu', 'https://kehoach.example.vn/cong-cu/chi-tieu-dtts/')],
      ['Ngày tính', '01/04/2026'],
      ['Bộ quy tắc', 'Bộ A'],
      ['Kế hoạch', link('https://kehoach.example.vn/ke-hoach/thai-nguyen-128-kh-ubnd-2026/')],
      ['Kế hoạch', link('https://kehoach.example.vn/ke-hoach/an-hung-dtts-2026/')],
      ['Ngày tham chiếu', '01/04/2026'],
      ['Tệp đã đọc', 'xa.xlsx (trang tính “Xã”)'],
      ['Tệp đã đọc', 'don-vi.csv (mã UTF-8)'],
      [CLAUSES_HEADER, link('gạch đầu dòng thứ 3 điểm b khoản 2 Mục II: https://kehoach.example.vn/ke-hoach/thai-nguyen-128-kh-ubnd-2026/#ii-2-b-3', 'https://kehoach.example.vn/ke-hoach/thai-nguyen-128-kh-ubnd-2026/#ii-2-b-3')],
      [CLAUSES_HEADER, link('câu mở đầu khoản 2 Mục II: https://kehoach.example.vn/ke-hoach/thai-nguyen-128-kh-ubnd-2026/#ii-2', 'https://kehoach.example.vn/ke-hoach/thai-nguyen-128-kh-ubnd-2026/#ii-2')],
      [CLAUSES_HEADER, link('Mục 2: https://kehoach.example.vn/ke-hoach/an-hung-dtts-2026/#muc-2', 'https://kehoach.example.vn/ke-hoach/an-hung-dtts-2026/#muc-2')],
    ]);
    expect(info!.rows.at(-1)![0]).toBe('Ghi chú');
  });
});
