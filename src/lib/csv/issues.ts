/** How a file problem reads to the user: file, row, column and reason in one sentence. */
import type { FileIssue } from '../quota/input';

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
