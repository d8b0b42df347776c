/**
 * Writing result files that Excel opens correctly: UTF-8 with a BOM (without it Excel
 * reads Vietnamese as mojibake), commas, CRLF line ends, RFC 4180 quoting.
 */

// A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
// csv.md lists them all, so a negative number ("-3") is neutralised too.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows of cells as CSV text: BOM, comma-separated, quoted where needed, each row ended by CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
