import { describe, expect, it } from 'vitest';
import { writeWorkbook, type WorkbookSpec } from '../../../src/lib/xlsx/write-workbook';
import { readWorkbook, sheetValues } from '../../support/xlsx';

const spec = (created: Date): WorkbookSpec => ({
  created,
  sheets: [
    {
      name: 'Số liệu',
      columns: [
        { header: 'Mã xã', width: 10, format: '@' },
        { header: 'Dân số', width: 12, format: '#,##0', validation: { type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], showErrorMessage: true, error: 'Số nguyên từ 0.' } },
        { header: 'Ghi chú', width: 40, wrap: true },
      ],
      rows: [['01', 12450, 'dòng một\ndòng hai'], ['02', null, { text: 'kế hoạch', hyperlink: 'https://example.vn/ke-hoach/x/' }]],
      validatedRows: 100,
      comments: { A2: 'Dòng ví dụ.' },
    },
    { name: 'Danh mục', hidden: true, columns: [{ header: 'Dân tộc', width: 20 }], rows: [['Tày'], ['Thái']] },
  ],
});

describe('writing a workbook from its description', () => {
  it('writes the headers, values, formats, validations, comments and hidden sheets described', async () => {
    const workbook = await readWorkbook(await writeWorkbook(spec(new Date(Date.UTC(2026, 0, 1)))));
    const [data, lists] = workbook.worksheets as [typeof workbook.worksheets[number], typeof workbook.worksheets[number]];
    expect(sheetValues(data)).toEqual([['Mã xã', 'Dân số', 'Ghi chú'], ['01', 12450, 'dòng một\ndòng hai'], ['02', null, 'kế hoạch']]);
    expect(data.getCell('C3').value).toEqual({ text: 'kế hoạch', hyperlink: 'https://example.vn/ke-hoach/x/' });
    expect([data.getCell('A2').numFmt, data.getCell('B2').numFmt]).toEqual(['@', '#,##0']);
    expect(data.getCell('C2').alignment).toMatchObject({ wrapText: true });
    expect(data.getCell('B2').dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(data.getCell('B101').dataValidation).toMatchObject({ type: 'whole' });
    expect(data.getCell('B102').dataValidation).toBeUndefined();
    expect(data.getCell('A2').note).toBe('Dòng ví dụ.');
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(lists.state).toBe('hidden');
    expect(workbook.created).toEqual(new Date(Date.UTC(2026, 0, 1)));
  });

  it('writes the same bytes from the same description', async () => {
    const created = new Date(Date.UTC(2026, 0, 1));
    const first = await writeWorkbook(spec(created));
    await new Promise((done) => setTimeout(done, 2100));
    expect(await writeWorkbook(spec(created))).toEqual(first);
  });
});
