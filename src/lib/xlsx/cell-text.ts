/**
 * An Excel cell as the text the CSV reader reads: what Excel shows in the cell, so that a
 * sheet and the same sheet saved as CSV read alike. Numbers stored as text are already
 * text ("1.234", "12,5"), read by the same rules as a CSV cell; numbers stored as numbers
 * are written plainly ("1234", "12.5"), a percentage cell as its percent ("12.5" for a cell
 * showing 12,5%), a date as dd/mm/yyyy, a formula as its computed value.
 */
import type { CellValue } from 'exceljs';
import { formatDate } from '../core/vi-format';

export type CellText = { ok: true; text: string } | { ok: false; message: string };

/** Excel keeps 15 significant digits: 0,1 + 0,2 shows as 0,3, and a formula's 29,999999999999996 as 30. */
const asExcelShows = (n: number) => Number(n.toPrecision(15));

/** "0.00%", "0%": a number shown multiplied by 100. */
const isPercentFormat = (format: string) => /%/.test(format.replace(/"[^"]*"|\\./g, ''));
/** "00000": a code kept at a fixed width with leading zeros ("00123"). */
const zeroPadding = (format: string) => (/^0+$/.test(format) ? format.length : 0);

const text = (value: string): CellText => ({ ok: true, text: value });

function numberText(n: number, format: string): CellText {
  if (!Number.isFinite(n)) return { ok: false, message: 'Ô không chứa số hợp lệ.' };
  if (isPercentFormat(format)) return text(String(asExcelShows(n * 100)));
  const written = String(asExcelShows(n));
  const width = zeroPadding(format);
  return text(width && Number.isInteger(n) && n >= 0 ? written.padStart(width, '0') : written);
}

/** A calendar date cell; the library gives it as midnight UTC of that day. Any time of day is dropped. */
const dateText = (date: Date): CellText =>
  Number.isNaN(date.getTime()) ? { ok: false, message: 'Ô ngày tháng không có giá trị hợp lệ.' } : text(formatDate(date));

const errorMessage = (error: string) => `Ô có lỗi công thức ${error}; hãy sửa công thức hoặc ghi giá trị vào ô.`;
const UNCALCULATED =
  'Ô có công thức nhưng tệp không lưu kết quả tính (tệp do phần mềm khác tạo ra). Hãy mở tệp bằng Excel, lưu lại rồi tải lên.';

/** The text of a cell's value, `format` being its number format ("0.00%", "dd/mm/yyyy"); or why it has none. */
export function cellText(value: CellValue, format = ''): CellText {
  if (value === null || value === undefined) return text('');
  if (typeof value === 'string') return text(value);
  if (typeof value === 'number') return numberText(value, format);
  if (typeof value === 'boolean') return text(value ? 'TRUE' : 'FALSE');
  if (value instanceof Date) return dateText(value);
  if ('error' in value) return { ok: false, message: errorMessage(value.error) };
  if ('richText' in value) return text(value.richText.map((run) => run.text).join(''));
  if ('hyperlink' in value) return cellText(value.text as CellValue, format);
  // A formula (its own or shared with other cells): the value Excel computed and saved.
  return value.result === undefined ? { ok: false, message: UNCALCULATED } : cellText(value.result, format);
}
