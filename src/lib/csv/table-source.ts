/**
 * What the table reader (read.ts) reads: a CSV file's decoded text, or the rows of a sheet
 * of an Excel workbook, which src/lib/xlsx/ turns into cell texts at the row and column
 * numbers Excel shows.
 */

export interface SheetRows {
  /** The sheet's name, as on its tab. */
  name: string;
  /** `rows[i]` is row i + 1 of the sheet; `rows[i][k]` the text of its cell in column k + 1 (A is 0). Missing cells are ''. */
  rows: string[][];
  /** Cells with no value to read (a formula error, a formula never computed): row number → column index → why. */
  problems: Map<number, Map<number, string>>;
}

/** A CSV text or an Excel sheet. */
export type TableSource = string | SheetRows;

/** A workbook's sheet as read, or why it could not be. */
export type ReadSheet = { ok: true; sheet: SheetRows } | { ok: false; message: string };
