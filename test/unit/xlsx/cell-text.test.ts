import { describe, expect, it } from 'vitest';
import { cellText } from '../../../src/lib/xlsx/cell-text';

const shown = (...args: Parameters<typeof cellText>) => {
  const read = cellText(...args);
  return read.ok ? read.text : `! ${read.message}`;
};

describe('an Excel cell as the text the CSV reader reads', () => {
  it('keeps text as typed, numbers stored as text included', () => {
    expect(shown('1.234')).toBe('1.234');
    expect(shown(' 12,5 ')).toBe(' 12,5 ');
    expect(shown('')).toBe('');
    expect(shown(null)).toBe('');
    expect(shown(undefined)).toBe('');
  });

  it('writes numbers plainly, to the 15 digits Excel keeps', () => {
    expect(shown(1234)).toBe('1234');
    expect(shown(12.5)).toBe('12.5');
    expect(shown(0.1 + 0.2)).toBe('0.3');
    expect(shown(29.999999999999996)).toBe('30');
    expect(shown(-3)).toBe('-3');
  });

  it('reads a percentage cell as the percent it shows', () => {
    expect(shown(0.125, '0.0%')).toBe('12.5');
    expect(shown(0.07, '0%')).toBe('7');
    expect(shown(1 / 3, '0.00%')).toBe('33.3333333333333');
    expect(shown(0.5, '0.0"%"')).toBe('0.5');
  });

  it('keeps the leading zeros of a code shown at a fixed width', () => {
    expect(shown(123, '00000')).toBe('00123');
    expect(shown(123, '0')).toBe('123');
    expect(shown(12.5, '00000')).toBe('12.5');
  });

  it('writes a date as dd/mm/yyyy, dropping any time of day', () => {
    expect(shown(new Date(Date.UTC(1980, 2, 5)))).toBe('05/03/1980');
    expect(shown(new Date(Date.UTC(1990, 11, 31, 23, 59)))).toBe('31/12/1990');
    expect(shown(new Date(Number.NaN))).toMatch(/^! Ô ngày tháng/);
  });

  it('reads TRUE/FALSE, rich text, hyperlinks and computed formulas as Excel shows them', () => {
    expect(shown(true)).toBe('TRUE');
    expect(shown(false)).toBe('FALSE');
    expect(shown({ richText: [{ text: 'Xã ' }, { text: 'Phú Đình', font: { bold: true } }] })).toBe('Xã Phú Đình');
    expect(shown({ text: 'Xã A', hyperlink: 'https://example.vn' })).toBe('Xã A');
    expect(shown({ formula: 'B2*0.3', result: 29.999999999999996 })).toBe('30');
    expect(shown({ formula: 'B2/C2', result: 0.125 }, '0.0%')).toBe('12.5');
    expect(shown({ sharedFormula: 'D2', result: 'Xã B' })).toBe('Xã B');
  });

  it('says why a formula error or an uncomputed formula has no value', () => {
    expect(shown({ error: '#DIV/0!' })).toBe('! Ô có lỗi công thức #DIV/0!; hãy sửa công thức hoặc ghi giá trị vào ô.');
    expect(shown({ formula: 'A1/0', result: { error: '#DIV/0!' } })).toMatch(/^! Ô có lỗi công thức #DIV\/0!/);
    expect(shown({ formula: 'SUM(A1:A3)' })).toMatch(/^! Ô có công thức nhưng tệp không lưu kết quả tính/);
  });
});
