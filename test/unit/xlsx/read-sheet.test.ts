import { describe, expect, it } from 'vitest';
import type { InputFile } from '../../../src/lib/csv/input-file';
import { XLSX_MESSAGES } from '../../../src/lib/xlsx/inspect';
import { readSheet } from '../../../src/lib/xlsx/read-sheet';
import { readWorkbooks } from '../../../src/lib/xlsx/workbook-files';
import { storedZip } from '../../support/zip';
import { workbookBytes } from '../../support/xlsx';

const twoSheets = async () =>
  new Uint8Array(await workbookBytes([{ name: 'Hướng dẫn', csv: 'Điền vào trang sau' }, { name: 'Số liệu', csv: 'Mã xã,Biên chế\n01,12' }]));

describe('reading one sheet of a workbook', () => {
  it('reads the first visible sheet, or the one chosen', async () => {
    const bytes = await twoSheets();
    const first = await readSheet(bytes);
    expect(first.ok && first.sheet.rows).toEqual([['Điền vào trang sau']]);
    const chosen = await readSheet(bytes, 'Số liệu');
    expect(chosen.ok && chosen.sheet).toMatchObject({ name: 'Số liệu', rows: [['Mã xã', 'Biên chế'], ['01', '12']] });
  });

  it('says so when the chosen sheet is not there', async () => {
    expect(await readSheet(await twoSheets(), 'Trang 3')).toEqual({
      ok: false,
      message: 'Tệp không có trang tính “Trang 3” (có: “Hướng dẫn”, “Số liệu”). Hãy chọn lại tệp.',
    });
  });

  it('calls a workbook the library cannot load damaged', async () => {
    const zip = storedZip([
      { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>' },
      { name: 'xl/worksheets/sheet1.xml', data: '<worksheet><sheetData><row r="1"><c r="A1"' },
    ]);
    expect(await readSheet(zip)).toEqual({ ok: false, message: XLSX_MESSAGES.damaged });
  });

  it('reads each workbook among the files with its chosen sheet, and leaves CSV files as they are', async () => {
    const csv = { name: 'dan-toc.csv', bytes: new TextEncoder().encode('Mã xã,Dân tộc,Dân số\n01,Tày,5') };
    const xa: InputFile = { name: 'xa.xlsx', bytes: await twoSheets() };
    const files = await readWorkbooks({ xa, danToc: csv, donVi: undefined }, { xa: 'Số liệu' });
    expect(files.danToc).toBe(csv);
    expect(files.donVi).toBeUndefined();
    expect(files.xa.sheet).toMatchObject({ ok: true, sheet: { name: 'Số liệu' } });
  });
});
