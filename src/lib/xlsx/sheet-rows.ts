/**
 * A worksheet as rows of cell texts, at the row and column numbers Excel shows, for the
 * table reader (csv/read.ts) to find the header and read the rows as it reads a CSV file.
 */
import type { Worksheet } from 'exceljs';
import type { SheetRows } from '../csv/table-source';
import { cellText } from './cell-text';

/**
 * The sheet's cells as text (cell-text.ts). A merged range is read as Excel shows it: its
 * value in the first cell and the others empty, so a title merged across the columns
 * above the header is one cell, and a value merged down several rows is not repeated.
 */
export function sheetRows(sheet: Worksheet): SheetRows {
  const rows: string[][] = [];
  const problems = new Map<number, Map<number, string>>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const read = cellText(cell.value, cell.numFmt);
      const index = columnNumber - 1;
      while (cells.length < index) cells.push('');
      if (read.ok) {
        cells[index] = read.text;
      } else {
        cells[index] = '';
        const inRow = problems.get(rowNumber) ?? new Map<number, string>();
        problems.set(rowNumber, inRow.set(index, read.message));
      }
    });
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
  });
  return { name: sheet.name, rows, problems };
}
