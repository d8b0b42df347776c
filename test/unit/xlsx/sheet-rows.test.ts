import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetRows } from '../../../src/lib/xlsx/sheet-rows';

describe('a worksheet as rows of cell texts', () => {
  it('keeps Excel’s row and column numbers, with gaps as empty rows and cells', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('Xã');
    sheet.getCell('B2').value = 'Mã xã';
    sheet.getCell('D2').value = 12;
    sheet.getCell('A5').value = 'cuối';
    expect(sheetRows(sheet)).toEqual({ name: 'Xã', rows: [[], ['', 'Mã xã', '', '12'], [], [], ['cuối']], problems: new Map() });
  });

  it('reads a merged range as Excel shows it: the value once, in its first cell', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('Xã');
    sheet.getCell('A1').value = 'DANH SÁCH CÁC XÃ NĂM 2026';
    sheet.mergeCells('A1:D1');
    sheet.getRow(2).values = ['Mã xã', 'Tên xã', 'Huyện', 'Biên chế'];
    sheet.getRow(3).values = ['01', 'Xã A', 'Huyện X', 10];
    sheet.getRow(4).values = ['02', 'Xã B', null, 12];
    sheet.mergeCells('C3:C4');
    expect(sheetRows(sheet).rows).toEqual([
      ['DANH SÁCH CÁC XÃ NĂM 2026'],
      ['Mã xã', 'Tên xã', 'Huyện', 'Biên chế'],
      ['01', 'Xã A', 'Huyện X', '10'],
      ['02', 'Xã B', '', '12'],
    ]);
  });

  it('keeps, per cell, why a cell has no value, and reads it as empty', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('Xã');
    sheet.getRow(1).values = ['Mã xã', 'Biên chế'];
    sheet.getRow(2).values = ['01', { formula: 'B1/0', result: { error: '#DIV/0!' } }];
    const read = sheetRows(sheet);
    expect(read.rows[1]).toEqual(['01', '']);
    expect([...read.problems.get(2)!]).toEqual([[1, 'Ô có lỗi công thức #DIV/0!; hãy sửa công thức hoặc ghi giá trị vào ô.']]);
  });
});
