/**
 * Reading one sheet of an uploaded .xlsx: checked first from its bytes (inspect.ts), then
 * loaded with the spreadsheet library and turned into rows of cell texts (sheet-rows.ts).
 */
import type { ReadSheet } from '../csv/table-source';
import { excelLibrary } from './excel-library';
import { inspectWorkbook, XLSX_MESSAGES } from './inspect';
import { sheetRows } from './sheet-rows';

/**
 * Parts of a sheet the tools do not use and the library is slow on: it expands a data
 * validation over a whole column into a million entries, which Excel users do make.
 */
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting'];

/** The sheet named `sheetName`, or the first visible sheet when none is named. */
export async function readSheet(bytes: Uint8Array, sheetName?: string): Promise<ReadSheet> {
  const inspected = await inspectWorkbook(bytes);
  if (!inspected.ok) return inspected;
  const name = sheetName ?? inspected.sheets[0]!;
  if (!inspected.sheets.includes(name)) {
    return { ok: false, message: `Tệp không có trang tính “${name}” (có: ${inspected.sheets.map((s) => `“${s}”`).join(', ')}). Hãy chọn lại tệp.` };
  }
  const library = await excelLibrary();
  const workbook = new library.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES });
  } catch {
    return { ok: false, message: XLSX_MESSAGES.damaged };
  }
  const sheet = workbook.worksheets.find((s) => s.name === name);
  return sheet ? { ok: true, sheet: sheetRows(sheet) } : { ok: false, message: XLSX_MESSAGES.damaged };
}
