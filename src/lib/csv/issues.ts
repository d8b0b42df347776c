/** File problems: where they are (file, row, column) and how they read to the user. */
/** A problem found in a file, located the way Excel shows it. */
export interface FileIssue {
  file: string;
  /** Row number as Excel shows it (the header is row 1); null for a problem with the whole file. */
  row: number | null;
  /** Column label as written in the file's header, or null. */
  column: string | null;
  message: string;
  severity: 'error' | 'warning';
}

/** A cell quoted in a message is cut to this many characters: a hostile file may hold megabytes in one cell. */
const QUOTE_LIMIT = 60;
const LONG_QUOTE = new RegExp(`“([^”]{${QUOTE_LIMIT}})[^”]+”`, 'gu');

/** "xa.csv, dòng 5, cột “Biên chế được giao”: “12,5” không phải số nguyên." */
export function formatIssue(issue: FileIssue): string {
  const place = [
    issue.file,
    issue.row === null ? null : `dòng ${issue.row}`,
    issue.column === null ? null : `cột “${issue.column}”`,
  ].filter((part) => part !== null && part !== '');
  const prefix = issue.severity === 'warning' ? 'Lưu ý — ' : '';
  return `${prefix}${place.join(', ')}: ${issue.message}`.replace(LONG_QUOTE, '“$1…”');
}
