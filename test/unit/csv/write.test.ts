import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/csv/write';

/** What a spreadsheet (or the site itself) reads back: BOM removed, RFC 4180 parsing. */
function readBack(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { header: false, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('toCsv', () => {
  it('writes a BOM, commas and CRLF after every row', () => {
    expect(toCsv([['ma_xa', 'ten_xa'], ['X01', 'Xã Đồng Hỷ']])).toBe('\uFEFFma_xa,ten_xa\r\nX01,Xã Đồng Hỷ\r\n');
  });

  it('quotes cells with commas, quotes and line breaks, and they read back unchanged', () => {
    const rows = [
      ['ma_xa', 'canh_bao'],
      ['X01', 'Tỷ lệ đúng 70%, văn bản không quy định'],
      ['X02', 'Ghi chú "tạm tính"'],
      ['X03', 'hai\r\ndòng'],
      ['X04', 'dòng\nmới'],
      ['X05', ''],
    ];
    const csv = toCsv(rows);
    expect(csv).toContain('"Tỷ lệ đúng 70%, văn bản không quy định"');
    expect(csv).toContain('"Ghi chú ""tạm tính"""');
    expect(readBack(csv)).toEqual(rows);
  });

  it('neutralises every cell a spreadsheet would run as a formula, negative numbers included', () => {
    const dangerous = ['=SUM(A1:A9)', '+1', '-3', '@cmd', '\t=1', '\r=1', '=HYPERLINK("http://x","y")'];
    const back = readBack(toCsv([dangerous]));
    expect(back).toEqual([dangerous.map((cell) => `'${cell}`)]);
    for (const cell of back[0] ?? []) expect(cell).toMatch(/^'/);
  });

  it('leaves ordinary cells alone', () => {
    const safe = ['12.50', '0', 'Xã A', ' =padded', 'a=b', "'quoted"];
    expect(readBack(toCsv([safe]))).toEqual([safe]);
  });
});
