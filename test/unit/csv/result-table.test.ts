import { describe, expect, it } from 'vitest';
import { resultCsv, resultCsvRows, type ResultTable } from '../../../src/lib/csv/result-table';

const table: ResultTable = {
  columns: [{ key: 'ma_xa', label: 'Mã xã' }, { key: 'ty_le', label: 'Tỷ lệ (%)', kind: 'percent' }, { key: 'dat', label: 'Đạt' }, { key: 'so', label: 'Số' }, { key: 'ghi_chu', label: 'Ghi chú', kind: 'notes' }],
  rows: [
    ['01', 60, true, 12, '-3 người'],
    ['02', 33.33, false, null, ''],
  ],
};

describe('a result table written as CSV', () => {
  it('heads the columns with csv.md’s names and writes values as csv.md fixes them', () => {
    expect(resultCsvRows(table)).toEqual([
      ['ma_xa', 'ty_le', 'dat', 'so', 'ghi_chu'],
      ['01', '60.00', 'có', '12', '-3 người'],
      ['02', '33.33', 'không', '', ''],
    ]);
  });

  it('goes through the CSV writer: BOM, CRLF, and a cell that could run as a formula neutralised', () => {
    expect(resultCsv(table)).toBe('\uFEFFma_xa,ty_le,dat,so,ghi_chu\r\n01,60.00,có,12,\'-3 người\r\n02,33.33,không,,\r\n');
  });
});
