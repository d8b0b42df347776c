import { describe, expect, it } from 'vitest';
import { columnLetter, matchHeaders, normalizeHeader, type ColumnSpec } from '../../../src/lib/csv/headers';
import { formatCount, formatPercent, parseCount, parsePercent } from '../../../src/lib/csv/numbers';
import { formatIssue } from '../../../src/lib/csv/issues';
import { MAX_COLUMNS, MAX_DATA_ROWS, PARSE_CHUNK_CHARS, readCsvTable, readRecords, readSheetTable, readTable } from '../../../src/lib/csv/read';
import type { SheetRows } from '../../../src/lib/csv/table-source';
import { rational } from '../../../src/lib/math/rational';

describe('parseCount', () => {
  it.each([
    ['1234', 1234],
    ['1.234', 1234],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['1\u202f234', 1234],
    ['1.234.567', 1234567],
    ['1 234 567', 1234567],
    ['0', 0],
    ['  42 ', 42],
    ['007', 7],
  ])('reads %j as %i', (cell, value) => {
    expect(parseCount(cell)).toEqual({ ok: true, value });
  });

  it('returns null for an empty cell', () => {
    expect(parseCount('')).toBeNull();
    expect(parseCount('  \u00a0')).toBeNull();
  });

  it.each(['12,5', '12.5', '1.234,5', '1.2345', '0,5'])('rejects %j as not whole', (cell) => {
    expect(parseCount(cell)).toEqual({ ok: false, message: `“${cell}” không phải số nguyên.` });
  });

  it('rejects a zero decimal part, which may be an English thousands separator', () => {
    const result = parseCount('1,000');
    expect(result?.ok).toBe(false);
    expect(!result?.ok && result?.message).toContain('không phải số nguyên hợp lệ');
    expect(parseCount('12,0')?.ok).toBe(false);
  });

  it('rejects negatives, words, bad grouping and huge numbers', () => {
    expect(parseCount('-3')).toEqual({ ok: false, message: '“-3” là số âm; số lượng phải từ 0 trở lên.' });
    expect(parseCount('abc')).toEqual({ ok: false, message: '“abc” không phải là số.' });
    expect(parseCount('12 34')?.ok).toBe(false);
    expect(parseCount('1.234 567')?.ok).toBe(false);
    expect(parseCount('1e3')?.ok).toBe(false);
    expect(parseCount('99999999999999999')).toEqual({ ok: false, message: '“99999999999999999” quá lớn.' });
  });
});

describe('parsePercent', () => {
  it.each(['12,5', '12.5', '12,5%', ' 12,5 % ', '12,50'])('reads %j exactly as 25/2', (cell) => {
    const result = parsePercent(cell);
    expect(result?.ok && result.value).toEqual(rational(25, 2));
  });

  it('keeps the number of decimals written', () => {
    expect(parsePercent('33,33')).toEqual({ ok: true, value: rational(3333, 100), decimals: 2 });
    expect(parsePercent('40%')).toEqual({ ok: true, value: rational(40), decimals: 0 });
  });

  it('treats "." as a decimal mark and leaves the range to the caller', () => {
    expect(parsePercent('1.234')).toEqual({ ok: true, value: rational(1234, 1000), decimals: 3 });
    expect(parsePercent('-5')).toEqual({ ok: true, value: rational(-5), decimals: 0 });
    expect(parsePercent('150')).toEqual({ ok: true, value: rational(150), decimals: 0 });
  });

  it('returns null for an empty cell and a reason for anything else', () => {
    expect(parsePercent('  ')).toBeNull();
    expect(parsePercent('abc')).toEqual({
      ok: false,
      message: '“abc” không phải là tỷ lệ phần trăm hợp lệ (ví dụ 12,5 hoặc 12,5%).',
    });
    expect(parsePercent('%')?.ok).toBe(false);
    expect(parsePercent('12,5,3')?.ok).toBe(false);
  });
});

describe('formatCount and formatPercent', () => {
  it('writes Vietnamese thousands', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1234)).toBe('1.234');
    expect(formatCount(1234567)).toBe('1.234.567');
    expect(formatCount(-1234)).toBe('-1.234');
  });

  it('writes percentages with a decimal comma, rounded half up, without trailing zeros', () => {
    expect(formatPercent(rational(25, 2))).toBe('12,5%');
    expect(formatPercent(rational(100, 3))).toBe('33,33%');
    expect(formatPercent(rational(200, 3), 1)).toBe('66,7%');
    expect(formatPercent(rational(100))).toBe('100%');
    expect(formatPercent(rational(5, 1000))).toBe('0,01%');
    expect(formatPercent(rational(1234))).toBe('1.234%');
    expect(formatPercent(rational(-25, 2))).toBe('-12,5%');
  });
});

const columns: ColumnSpec[] = [
  { key: 'ma_xa', label: 'Mã xã', required: true },
  { key: 'ten_xa', label: 'Tên xã', required: true },
  { key: 'bien_che', label: 'Biên chế được giao', required: true },
  { key: 'lanh_dao_dtts', label: 'Lãnh đạo, quản lý DTTS' },
  { key: 'ty_le_dtts', label: 'Tỷ lệ DTTS (%)', aliases: ['Tỉ lệ DTTS (%)'] },
];

describe('header matching', () => {
  it('ignores case, spaces, "_", "-", punctuation and diacritics', () => {
    const forms = ['Biên chế được giao', 'bien che duoc giao', 'BIEN_CHE_DUOC_GIAO', 'Biên-chế được-giao', '  biên chế được giao  '];
    for (const form of forms) expect(normalizeHeader(form)).toBe('biencheduocgiao');
    expect(normalizeHeader('bien_che')).toBe('bienche');
    expect(normalizeHeader('Tỷ lệ DTTS (%)')).toBe(normalizeHeader('ty le dtts'));
    expect(normalizeHeader('Lãnh đạo quản lý dân tộc thiểu số')).toBe(normalizeHeader('Lãnh đạo, quản lý DTTS'));
  });

  it('matches keys, labels and aliases', () => {
    const { indexes, issues } = matchHeaders(['bien che duoc giao', 'MA_XA', 'Tên xã', 'Tỉ lệ DTTS', 'lanh dao quan ly dtts'], columns);
    expect(Object.fromEntries(indexes)).toEqual({ bien_che: 0, ma_xa: 1, ten_xa: 2, ty_le_dtts: 3, lanh_dao_dtts: 4 });
    expect(issues).toEqual([]);
    expect(matchHeaders(['ma_xa', 'ten_xa', 'bien_che'], columns).indexes.get('bien_che')).toBe(2);
  });

  it('reports duplicates and missing required columns as errors, unknown headers as warnings', () => {
    const { indexes, issues } = matchHeaders(['Mã xã', 'Ghi chú', '', 'ma_xa', 'Biên chế'], columns);
    expect(indexes.get('ma_xa')).toBe(0);
    expect(issues).toEqual([
      { column: 'Ghi chú', severity: 'warning', message: 'Cột “Ghi chú” (cột B) không có trong mẫu nên được bỏ qua.' },
      {
        column: 'ma_xa',
        severity: 'error',
        message: 'Cột “ma_xa” trùng với cột “Mã xã” (cột A và cột D); mỗi cột chỉ được có một lần.',
      },
      { column: 'Tên xã', severity: 'error', message: 'Thiếu cột bắt buộc “Tên xã” (ten_xa).' },
    ]);
  });

  it('names columns with Excel letters', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

/** The header read, every row handed to the row reader (cells keyed by column), and all issues. */
function readAll(text: string, fileName = 't.csv') {
  const table = readCsvTable(text, fileName, columns);
  const rows: { row: number; cells: Record<string, string> }[] = [];
  const { issues } = readRecords(table, (cells) => {
    rows.push({ row: cells.row, cells: Object.fromEntries(columns.map((c) => [c.key, cells.text(c.key) ?? ''])) });
    return null;
  });
  return { table, rows, issues };
}

const errors = (text: string) => readAll(text).issues.filter((issue) => issue.severity === 'error');

describe('readCsvTable', () => {
  it('reads a comma-separated file with row numbers as Excel shows them', () => {
    const { table, rows, issues } = readAll('ma_xa,ten_xa,bien_che\nX01, Xã A ,20\nX02,Xã B,25\n', 'xa.csv');
    expect(table.delimiter).toBe(',');
    expect(table.headerRow).toBe(1);
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { row: 2, cells: { ma_xa: 'X01', ten_xa: 'Xã A', bien_che: '20', lanh_dao_dtts: '', ty_le_dtts: '' } },
      { row: 3, cells: { ma_xa: 'X02', ten_xa: 'Xã B', bien_che: '25', lanh_dao_dtts: '', ty_le_dtts: '' } },
    ]);
    expect([...table.present]).toEqual(['ma_xa', 'ten_xa', 'bien_che']);
    expect(table.labels).toMatchObject({ ma_xa: 'ma_xa', lanh_dao_dtts: 'Lãnh đạo, quản lý DTTS' });
  });

  it('detects ";" even when labels contain commas, and keeps the labels as written', () => {
    const { table, rows, issues } = readAll('Mã xã;Tên xã;Biên chế được giao;Lãnh đạo, quản lý DTTS\nX01;Xã A;1.234;2\n');
    expect(table.delimiter).toBe(';');
    expect(rows[0]?.cells).toMatchObject({ ma_xa: 'X01', bien_che: '1.234', lanh_dao_dtts: '2' });
    expect(table.labels.bien_che).toBe('Biên chế được giao');
  });

  it('detects tab (Excel “Unicode text”) with decimal commas in cells', () => {
    const { table, rows, issues } = readAll('ma_xa\tten_xa\tbien_che\tty_le_dtts\nX01\tXã A, huyện B\t20\t12,5\n');
    expect(table.delimiter).toBe('\t');
    expect(rows[0]?.cells).toMatchObject({ ten_xa: 'Xã A, huyện B', ty_le_dtts: '12,5' });
  });

  it('handles CRLF, LF and CR line endings mixed in one file', () => {
    const { table, rows, issues } = readAll('ma_xa,ten_xa,bien_che\r\nX01,A,1\nX02,B,2\rX03,C,3\r\n');
    expect(issues).toEqual([]);
    expect(rows.map((row) => [row.row, row.cells.ma_xa])).toEqual([[2, 'X01'], [3, 'X02'], [4, 'X03']]);
  });

  it('reads quoted cells with delimiters, doubled quotes and line breaks, one Excel row each', () => {
    const text = 'ma_xa,ten_xa,bien_che\nX01,"Xã A, huyện ""B""",1\nX02,"Xã\r\nhai dòng",2\nX03,C,3';
    const { table, rows, issues } = readAll(text);
    expect(issues).toEqual([]);
    expect(rows.map((row) => [row.row, row.cells.ten_xa])).toEqual([
      [2, 'Xã A, huyện "B"'],
      [3, 'Xã\nhai dòng'],
      [4, 'C'],
    ]);
  });

  it('skips blank rows, including rows of empty cells, but keeps counting them', () => {
    const { table, rows, issues } = readAll('ma_xa,ten_xa,bien_che\n\nX01,A,1\n,,\n  \nX02,B,2');
    expect(issues).toEqual([]);
    expect(rows.map((row) => row.row)).toEqual([3, 6]);
  });

  it('tolerates trailing empty cells that Excel pads rows with', () => {
    const { table, rows, issues } = readAll('ma_xa,ten_xa,bien_che,,\nX01,A,1,,\nX02,B,2');
    expect(issues).toEqual([]);
    expect(rows).toHaveLength(2);
  });

  it('skips title rows above the header, with a warning', () => {
    const { table, rows, issues } = readAll('DANH SÁCH CÁC XÃ,,\nNăm 2026,,\nma_xa,ten_xa,bien_che\nX01,A,1');
    expect(table.headerRow).toBe(3);
    expect(rows[0]?.row).toBe(4);
    expect(issues).toEqual([
      { file: 't.csv', row: null, column: null, severity: 'warning', message: 'Dòng 1, 2 nằm trên dòng tiêu đề (dòng 3) nên được bỏ qua.' },
    ]);
  });

  it('reports an unbalanced quote with its row and does not read that row', () => {
    const { table, rows, issues } = readAll('ma_xa,ten_xa,bien_che\nX01,A,1\nX02,"B,2\nX03,C,3');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ row: 3, severity: 'error' });
    expect(issues[0]?.message).toContain('không được đóng');
    expect(rows.map((row) => row.row)).toEqual([2]);
  });

  it('reports a quote in the middle of a quoted cell', () => {
    expect(errors('ma_xa,ten_xa,bien_che\nX01,"A"B,1')[0]).toMatchObject({ row: 2 });
  });

  it('reports rows with more or fewer cells than the header', () => {
    const issues = errors('ma_xa,ten_xa,bien_che\nX01,Xã A, huyện B,1\nX02,B\nX03,C,3');
    expect(issues).toEqual([
      {
        file: 't.csv',
        row: 2,
        column: null,
        severity: 'error',
        message: 'Dòng này có 4 ô nhưng dòng tiêu đề có 3 cột. Có thể một ô chứa dấu phẩy mà không được đặt trong dấu ngoặc kép.',
      },
      { file: 't.csv', row: 3, column: null, severity: 'error', message: 'Dòng này có 2 ô nhưng dòng tiêu đề có 3 cột.' },
    ]);
  });

  it('reports header problems on the header row', () => {
    const { table, rows, issues } = readAll('ma_xa,ten_xa,Ghi chú\nX01,A,x');
    expect(issues).toEqual([
      { file: 't.csv', row: 1, column: 'Ghi chú', severity: 'warning', message: 'Cột “Ghi chú” (cột C) không có trong mẫu nên được bỏ qua.' },
      { file: 't.csv', row: 1, column: 'Biên chế được giao', severity: 'error', message: 'Thiếu cột bắt buộc “Biên chế được giao” (bien_che).' },
    ]);
  });

  it('reports a file without data rows or without anything', () => {
    expect(errors('ma_xa,ten_xa,bien_che\n')).toEqual([
      { file: 't.csv', row: null, column: null, severity: 'error', message: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.' },
    ]);
    expect(errors('\n\n')[0]?.message).toContain('không có dòng tiêu đề');
  });

  it(`refuses more than ${MAX_DATA_ROWS} data rows, quickly`, () => {
    const text = `ma_xa,ten_xa,bien_che\n${'X,A,1\n'.repeat(MAX_DATA_ROWS + 1)}`;
    const started = Date.now();
    const { table, rows, issues } = readAll(text);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(rows).toEqual([]);
    expect(issues).toEqual([
      { file: 't.csv', row: null, column: null, severity: 'error', message: 'Tệp có hơn 200.000 dòng dữ liệu; tối đa 200.000 dòng.' },
    ]);
  });

  it(`accepts exactly ${MAX_DATA_ROWS} data rows`, () => {
    const { table, rows, issues } = readAll(`ma_xa,ten_xa,bien_che\n${'X,A,1\n'.repeat(MAX_DATA_ROWS)}`);
    expect(issues).toEqual([]);
    expect(rows).toHaveLength(MAX_DATA_ROWS);
  }, 20_000);

  it('reads a file of several parse chunks with the row numbers Excel shows, and a bad quote on a chunk boundary once', () => {
    const rows = Array.from({ length: 25_000 }, (_, i) => `X${i},Xã có tên khá dài số ${i},${i}`);
    // A bad row starting 6 characters before the end of the first chunk: its quote error is
    // met in that chunk's unfinished last line, and again when the next chunk parses it whole.
    const before = `ma_xa,ten_xa,bien_che\n${rows.join('\n')}\n`;
    const padding = `X25000,${'a'.repeat(PARSE_CHUNK_CHARS - 6 - before.length - 'X25000,,1\n'.length)},1\n`;
    const after = Array.from({ length: 30_000 }, (_, i) => `Y${i},Xã ${i},${i}`).join('\n');
    const { rows: read, issues } = readAll(`${before}${padding}"A"B",Xã lỗi,1\n${after}`);
    expect(issues).toEqual([expect.objectContaining({ row: 25_003, severity: 'error', message: expect.stringContaining('đặt sai chỗ') })]);
    expect(read).toHaveLength(55_001);
    expect(read.at(-1)).toEqual({ row: 55_003, cells: { ma_xa: 'Y29999', ten_xa: 'Xã 29999', bien_che: '29999', lanh_dao_dtts: '', ty_le_dtts: '' } });
  });

  it(`counts records, not lines, towards the ${MAX_DATA_ROWS}-row limit`, () => {
    const records = MAX_DATA_ROWS / 2 + 1;
    const { rows, issues } = readAll(`ma_xa,ten_xa,bien_che\n${'X,"Xã\nhai dòng",1\n'.repeat(records)}`);
    expect(issues).toEqual([]);
    expect(rows).toHaveLength(records);
  }, 20_000);

  it(`refuses more than ${MAX_COLUMNS} columns`, () => {
    const header = ['ma_xa', 'ten_xa', 'bien_che', ...Array.from({ length: MAX_COLUMNS - 2 }, (_, i) => `c${i}`)];
    expect(errors(`${header.join(',')}\nX01,A,1`)).toEqual([
      { file: 't.csv', row: 1, column: null, severity: 'error', message: 'Tệp có 201 cột; tối đa 200 cột.' },
    ]);
  });
});

/** A sheet as xlsx/sheet-rows.ts gives it: rows of cell texts from row 1, and the cells without a value. */
const sheet = (rows: string[][], problems: [number, number, string][] = []): SheetRows => {
  const byRow = new Map<number, Map<number, string>>();
  for (const [row, column, message] of problems) byRow.set(row, (byRow.get(row) ?? new Map()).set(column, message));
  return { name: 'Xã', rows, problems: byRow };
};

function readSheet(rows: string[][], problems: [number, number, string][] = []) {
  const table = readSheetTable(sheet(rows, problems), 'xa.xlsx', columns);
  const read: { row: number; cells: Record<string, string | null> }[] = [];
  const { issues } = readRecords(table, (cells) => {
    read.push({ row: cells.row, cells: { ma_xa: cells.text('ma_xa'), bien_che: cells.text('bien_che') } });
    return cells.count('bien_che', true);
  });
  return { table, read, issues };
}

describe('readSheetTable', () => {
  it('finds the header below merged title rows and reads rows at the numbers Excel shows', () => {
    const { table, read, issues } = readSheet([
      ['DANH SÁCH CÁC XÃ'],
      [],
      ['Mã xã', 'Tên xã', 'Biên chế được giao'],
      ['X01', 'Xã A', '1.234'],
      [],
      ['X02', 'Xã B', '20'],
    ]);
    expect(table.delimiter).toBeNull();
    expect(table.headerRow).toBe(3);
    expect(read).toEqual([
      { row: 4, cells: { ma_xa: 'X01', bien_che: '1.234' } },
      { row: 6, cells: { ma_xa: 'X02', bien_che: '20' } },
    ]);
    expect(issues).toEqual([
      { file: 'xa.xlsx', row: null, column: null, severity: 'warning', message: 'Dòng 1 nằm trên dòng tiêu đề (dòng 3) nên được bỏ qua.' },
    ]);
  });

  it('names the column of a bad cell by its letter, as CSV does by its header', () => {
    const { issues } = readSheet([['Mã xã', 'Tên xã', '', 'Biên chế được giao'], ['X01', 'Xã A', '', '12,5']]);
    expect(issues).toEqual([
      { file: 'xa.xlsx', row: 2, column: 'Biên chế được giao', columnLetter: 'D', severity: 'error', message: '“12,5” không phải số nguyên.' },
    ]);
    expect(formatIssue({ ...issues[0]!, sheet: 'Xã' })).toBe('xa.xlsx, trang tính “Xã”, dòng 2, cột D “Biên chế được giao”: “12,5” không phải số nguyên.');
  });

  it('reports a cell without a value in a column the tool reads, and not that row’s other problems', () => {
    const rows = [['Mã xã', 'Tên xã', 'Biên chế được giao', 'Ghi chú'], ['X01', 'Xã A', '', ''], ['X02', 'Xã B', '5', '']];
    const { read, issues } = readSheet(rows, [[2, 2, 'Ô có lỗi công thức #N/A.'], [3, 3, 'Ô có lỗi công thức #REF!.']]);
    // Column D has no known header: its problem is not the tool's concern; row 2 is not read (its empty count would be reported too).
    expect(read.map((r) => r.row)).toEqual([3]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([
      { file: 'xa.xlsx', row: 2, column: 'Biên chế được giao', columnLetter: 'C', severity: 'error', message: 'Ô có lỗi công thức #N/A.' },
    ]);
  });

  it('leaves out cells beyond the header, which cannot be misaligned as in a CSV file', () => {
    const { read, issues } = readSheet([['Mã xã', 'Tên xã', 'Biên chế được giao'], ['X01', 'Xã A', '3', 'ghi chú riêng'], ['', '', '', 'chỉ có ô ngoài bảng']]);
    expect(read.map((r) => r.row)).toEqual([2]);
    expect(issues).toEqual([]);
  });

  it('reports a sheet without a header or rows, and the size limits, as a CSV file', () => {
    expect(readSheet([]).issues.map((i) => i.message)).toEqual(['Tệp không có dòng tiêu đề (tên các cột) và không có dữ liệu.']);
    expect(readSheet([['Mã xã', 'Tên xã', 'Biên chế được giao']]).issues.map((i) => i.message)).toEqual(['Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.']);
    const tooMany = [['Mã xã', 'Tên xã', 'Biên chế được giao'], ...Array.from({ length: MAX_DATA_ROWS + 1 }, () => ['X', 'Y', '1'])];
    expect(readSheetTable(sheet(tooMany), 'xa.xlsx', columns).issues.map((i) => i.message)).toEqual([
      `Tệp có hơn ${formatCount(MAX_DATA_ROWS)} dòng dữ liệu; tối đa ${formatCount(MAX_DATA_ROWS)} dòng.`,
    ]);
  });

  it('reads a sheet and the same table saved as CSV alike', () => {
    const rows = [['Mã xã', 'Tên xã', 'Biên chế được giao', 'Tỷ lệ DTTS (%)'], ['X01', 'Xã A', '1.234', '12,5'], ['X02', 'Xã B', '7', '40']];
    const csv = rows.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\n');
    const read = (source: string | SheetRows) => readRecords(readTable(source, 'x', columns), (cells) => [cells.row, cells.count('bien_che'), cells.percent('ty_le_dtts')]);
    expect(read(sheet(rows))).toEqual(read(csv));
  });
});

describe('formatIssue', () => {
  it('puts file, row and column before the reason', () => {
    expect(
      formatIssue({ file: 'xa.csv', row: 5, column: 'Biên chế được giao', message: '“12,5” không phải số nguyên.', severity: 'error' }),
    ).toBe('xa.csv, dòng 5, cột “Biên chế được giao”: “12,5” không phải số nguyên.');
    expect(formatIssue({ file: 'xa.csv', row: null, column: null, message: 'Tệp rỗng.', severity: 'warning' })).toBe(
      'Lưu ý — xa.csv: Tệp rỗng.',
    );
  });
});
