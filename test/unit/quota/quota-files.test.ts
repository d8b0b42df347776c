import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFromFiles, type InputFile } from '../../../src/lib/quota/quota-files';
import { QD470_THAI_NGUYEN } from '../../../src/lib/quota/rules';
import { formatIssue } from '../../../src/lib/csv/issues';
import { XLSX_MESSAGES } from '../../../src/lib/xlsx/inspect';
import { readWorkbooks } from '../../../src/lib/xlsx/workbook-files';
import { type SheetFromCsv, sample as csvText, workbookBytes } from '../../support/xlsx';
import { oleFile } from '../../support/zip';

const sample = (name: string): InputFile => ({ name, bytes: new Uint8Array(readFileSync(join(import.meta.dirname, '../../../public/mau', name))) });
const text = (name: string, content: string): InputFile => ({ name, bytes: new TextEncoder().encode(content) });

describe('computeFromFiles', () => {
  it('computes the example data set offered on the page, with its companions', () => {
    const out = computeFromFiles({ xa: sample('vi-du-xa.csv'), danToc: sample('vi-du-dan-toc.csv'), donVi: sample('vi-du-don-vi.csv') }, QD470_THAI_NGUYEN);
    expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(out.results.map((r) => r.code)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08']);
    expect(out.encodings[0]).toEqual({ file: 'vi-du-xa.csv', encoding: 'UTF-8 (BOM)' });
    const binhYen = out.results[1]!;
    expect(binhYen.minimumPercent).toBe(35);
    expect(binhYen.warnings).toContain('văn bản không quy định mức cho tỷ lệ đúng 70%');
    expect(out.ethnicGroups).toHaveLength(9);
    expect(out.serviceUnits).toHaveLength(4);
  });

  it.each([
    ['xa.csv', { xa: sample('xa.csv') }],
    ['dan-toc.csv', { xa: sample('vi-du-xa.csv'), danToc: sample('dan-toc.csv') }],
    ['don-vi.csv', { xa: sample('vi-du-xa.csv'), donVi: sample('don-vi.csv') }],
  ])('recognises every header of the empty template %s: its only problem is having no data yet', (name, files) => {
    const out = computeFromFiles(files, QD470_THAI_NGUYEN);
    expect(out.issues).toEqual([
      { file: name, row: null, column: null, message: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.', severity: 'error' },
    ]);
    expect(out.results).toEqual([]);
  });

  it('reports companion rows for communes missing from xa.csv, and gives no partial results', () => {
    const out = computeFromFiles(
      { xa: sample('vi-du-xa.csv'), donVi: text('don-vi.csv', 'ma_xa,ten_don_vi,so_nguoi,so_dtts,quan_ly_dtts\n99,Trường X,10,5,1\n') },
      QD470_THAI_NGUYEN,
    );
    expect(out.issues).toContainEqual(expect.objectContaining({ file: 'don-vi.csv', row: 2, message: 'Mã xã “99” không có trong tệp xa.csv.' }));
    expect(out.results).toEqual([]);
  });

  it('says which file cannot be decoded', () => {
    const out = computeFromFiles({ xa: text('xa.csv', '') }, QD470_THAI_NGUYEN);
    expect(out.issues[0]).toMatchObject({ file: 'xa.csv', row: null, severity: 'error' });
  });
});

describe('computeFromFiles on Excel workbooks', () => {
  const workbook = async (name: string, sheets: SheetFromCsv[], choose?: string) => {
    const file = { name, bytes: new Uint8Array(await workbookBytes(sheets)) };
    return (await readWorkbooks({ file }, choose ? { file: choose } : {})).file;
  };

  it('gives the same results from the example data as workbooks (merged title rows, counts as text or as numbers) as from the CSV files', async () => {
    const fromCsv = computeFromFiles({ xa: sample('vi-du-xa.csv'), danToc: sample('vi-du-dan-toc.csv'), donVi: sample('vi-du-don-vi.csv') }, QD470_THAI_NGUYEN);
    const fromXlsx = computeFromFiles(
      {
        xa: await workbook('xa.xlsx', [{ name: 'Xã', csv: csvText('vi-du-xa.csv'), titleRows: ['DANH SÁCH CÁC XÃ', 'Năm 2026'], numbersAsText: true }]),
        danToc: await workbook('dan-toc.xlsx', [{ name: 'Dân tộc', csv: csvText('vi-du-dan-toc.csv') }]),
        donVi: await workbook('don-vi.xlsx', [{ name: 'Đơn vị', csv: csvText('vi-du-don-vi.csv') }]),
      },
      QD470_THAI_NGUYEN,
    );
    expect(fromXlsx.results).toEqual(fromCsv.results);
    expect(fromXlsx.ethnicGroups).toEqual(fromCsv.ethnicGroups);
    expect(fromXlsx.encodings).toEqual([
      { file: 'xa.xlsx', sheet: 'Xã' },
      { file: 'dan-toc.xlsx', sheet: 'Dân tộc' },
      { file: 'don-vi.xlsx', sheet: 'Đơn vị' },
    ]);
    expect(fromXlsx.issues).toEqual([expect.objectContaining({ file: 'xa.xlsx', sheet: 'Xã', severity: 'warning', message: 'Dòng 1, 2 nằm trên dòng tiêu đề (dòng 3) nên được bỏ qua.' })]);
  });

  it('reads the sheet chosen, and locates each problem by sheet, row and column letter, cross-file ones included', async () => {
    const xa = await workbook('xa.xlsx', [{ name: 'Hướng dẫn', csv: 'Điền trang sau' }, { name: 'Xã', csv: csvText('vi-du-xa.csv').replace('01,Xã Phú Đình,12.450', '01,Xã Phú Đình,"12,5"') }], 'Xã');
    const donVi = await workbook('don-vi.xlsx', [{ name: 'Đơn vị', csv: 'ma_xa,ten_don_vi,so_nguoi,so_dtts,quan_ly_dtts\n99,Trường X,10,5,1' }]);
    const out = computeFromFiles({ xa, donVi }, QD470_THAI_NGUYEN);
    const errors = out.issues.filter((i) => i.severity === 'error');
    expect(errors.map(formatIssue)).toEqual(['xa.xlsx, trang tính “Xã”, dòng 2, cột C “Dân số”: “12,5” không phải số nguyên.']);
    const valid = await workbook('xa.xlsx', [{ name: 'Xã', csv: csvText('vi-du-xa.csv') }]);
    expect(computeFromFiles({ xa: valid, donVi }, QD470_THAI_NGUYEN).issues.map(formatIssue)).toEqual([
      'don-vi.xlsx, trang tính “Đơn vị”, dòng 2, cột “Mã xã”: Mã xã “99” không có trong tệp xa.csv.',
    ]);
  });

  it('says what to do with a workbook it cannot read, as for a CSV file it cannot decode', async () => {
    const out = computeFromFiles({ xa: (await readWorkbooks({ xa: { name: 'xa.xls', bytes: oleFile('Workbook') } })).xa }, QD470_THAI_NGUYEN);
    expect(out.issues).toEqual([{ file: 'xa.xls', row: null, column: null, severity: 'error', message: XLSX_MESSAGES.xls }]);
    expect(out.encodings).toEqual([]);
  });
});
