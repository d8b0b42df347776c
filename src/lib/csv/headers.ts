/**
 * Matching a file's header row to the columns a reader expects. Officials retype headers
 * freely ("Biên chế được giao", "bien che duoc giao", "BIEN_CHE"), so the comparison
 * ignores case, diacritics, spaces and punctuation.
 */
import type { FileIssue } from './issues';
import { foldVietnamese } from '../core/fold';

/**
 * What a column holds, as its reader reads it (text when not said): the Excel templates
 * give each kind its number format and data validation (src/build/templates.ts).
 */
export type ColumnKind = 'text' | 'count' | 'percent' | 'yesNo' | 'date' | 'year' | 'sex' | 'ethnicGroup' | 'minorityGroup';

export interface ColumnSpec {
  /** Canonical name, as in the template ("bien_che"). */
  key: string;
  /** Vietnamese label, as in the template ("Biên chế được giao"). */
  label: string;
  required?: boolean;
  /** Other accepted names. */
  aliases?: string[];
  kind?: ColumnKind;
}

/** A header problem; the caller knows the file and the header's row. */
export type HeaderIssue = Omit<FileIssue, 'file' | 'row'>;

export interface HeaderMatch {
  /** Column key → index of its header cell, for the columns the file has. */
  indexes: Map<string, number>;
  issues: HeaderIssue[];
}

/**
 * "Biên chế được giao", "bien_che", "BIEN-CHE" → "bienche". Punctuation goes too, so
 * "Tỷ lệ DTTS (%)" and "Lãnh đạo, quản lý DTTS" match without their "(%)" and comma;
 * "dân tộc thiểu số" written out is the same as its usual abbreviation "DTTS".
 */
export function normalizeHeader(header: string): string {
  return foldVietnamese(header)
    .replace(/[^a-z0-9]/g, '')
    .replaceAll('dantocthieuso', 'dtts');
}

/** 0 → "A", 25 → "Z", 26 → "AA": the column letter Excel shows. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Which column key a header names, if any. */
export function headerLookup(columns: readonly ColumnSpec[]): (header: string) => string | undefined {
  const keyByName = new Map<string, string>();
  for (const column of columns) {
    for (const name of [column.key, column.label, ...(column.aliases ?? [])]) {
      keyByName.set(normalizeHeader(name), column.key);
    }
  }
  return (header) => keyByName.get(normalizeHeader(header));
}

/**
 * Finds each expected column among the headers. Reports a column given twice and a
 * missing required column as errors, and a header the template does not have as a
 * warning (its cells are ignored). Empty header cells are ignored silently: Excel
 * writes them for formatted but unused columns.
 */
export function matchHeaders(headers: readonly string[], columns: readonly ColumnSpec[]): HeaderMatch {
  const keyOf = headerLookup(columns);
  const indexes = new Map<string, number>();
  const issues: HeaderIssue[] = [];
  headers.forEach((raw, index) => {
    const header = raw.trim();
    if (header === '') return;
    const key = keyOf(header);
    const first = key === undefined ? undefined : indexes.get(key);
    if (key === undefined) {
      issues.push({
        column: header,
        severity: 'warning',
        message: `Cột “${header}” (cột ${columnLetter(index)}) không có trong mẫu nên được bỏ qua.`,
      });
    } else if (first !== undefined) {
      issues.push({
        column: header,
        severity: 'error',
        message: `Cột “${header}” trùng với cột “${headers[first]?.trim()}” (cột ${columnLetter(first)} và cột ${columnLetter(index)}); mỗi cột chỉ được có một lần.`,
      });
    } else {
      indexes.set(key, index);
    }
  });
  for (const column of columns) {
    if (column.required && !indexes.has(column.key)) {
      issues.push({
        column: column.label,
        severity: 'error',
        message: `Thiếu cột bắt buộc “${column.label}” (${column.key}).`,
      });
    }
  }
  return { indexes, issues };
}

/** The same columns with some no longer required (when another file supplies them). */
export function withOptional(columns: readonly ColumnSpec[], keys: readonly string[]): ColumnSpec[] {
  return columns.map((column) => (keys.includes(column.key) ? { ...column, required: false } : column));
}
