/**
 * A result file's table, before it is written: typed values under columns that have both
 * csv.md's name and a Vietnamese header. The CSV file writes the names and each value as
 * csv.md fixes it; the Excel file (xlsx/result-workbook.ts) the headers and the values as
 * numbers, so the same rows make both.
 */
import { toCsv } from './write';

export type ResultValue = string | number | boolean | null;

export interface ResultColumn {
  /** csv.md's column name ("toi_thieu_2030"). */
  key: string;
  /** The header in the Excel file ("Tối thiểu năm 2030"). */
  label: string;
  /** 'percent': written with two decimals in the CSV file; 'notes': long text. Plain text or counts otherwise. */
  kind?: 'percent' | 'notes';
}

export interface ResultTable {
  columns: readonly ResultColumn[];
  rows: readonly (readonly ResultValue[])[];
}

/** A value as csv.md writes it: a percent with two decimals and "."; yes/no as "có"/"không"; unknown as an empty cell. */
function csvCell(value: ResultValue, column: ResultColumn): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'có' : 'không';
  if (typeof value === 'number' && column.kind === 'percent') return value.toFixed(2);
  return String(value);
}

/** The CSV file's rows: the column names, then every row. */
export function resultCsvRows(table: ResultTable): string[][] {
  return [table.columns.map((c) => c.key), ...table.rows.map((row) => row.map((value, i) => csvCell(value, table.columns[i]!)))];
}

export const resultCsv = (table: ResultTable) => toCsv(resultCsvRows(table));
