/** File problems: where they are (file, row, column) and how they read to the user. */
/** A problem found in a file, located the way Excel shows it. */
export interface FileIssue {
  file: string;
  /** Row number as Excel shows it (the header is row 1); null for a problem with the whole file. */
  row: number | null;
  /** Column label as written in the file's header, or null. */
  column: string | null;
  /** For an Excel workbook: the sheet the problem is in. */
  sheet?: string;
  /** For an Excel workbook: the column's letter ("E"). */
  columnLetter?: string;
  message: string;
  severity: 'error' | 'warning';
}

/** A cell quoted in a message is cut to this many characters: a hostile file may hold megabytes in one cell. */
const QUOTE_LIMIT = 60;
const LONG_QUOTE = new RegExp(`“([^”]{${QUOTE_LIMIT}})[^”]+”`, 'gu');

/**
 * "xa.csv, dòng 5, cột “Biên chế được giao”: “12,5” không phải số nguyên."; from a
 * workbook "xa.xlsx, trang tính “Xã”, dòng 5, cột E “Biên chế được giao”: …".
 */
export function formatIssue(issue: FileIssue): string {
  const column = issue.columnLetter === undefined ? '' : `${issue.columnLetter} `;
  const place = [
    issue.file,
    issue.sheet === undefined ? null : `trang tính “${issue.sheet}”`,
    issue.row === null ? null : `dòng ${issue.row}`,
    issue.column === null ? null : `cột ${column}“${issue.column}”`,
  ].filter((part) => part !== null && part !== '');
  const prefix = issue.severity === 'warning' ? 'Lưu ý — ' : '';
  return `${prefix}${place.join(', ')}: ${issue.message}`.replace(LONG_QUOTE, '“$1…”');
}
