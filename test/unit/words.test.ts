import { describe, expect, it } from 'vitest';
import { firstDifference, removeNoise, words } from '../support/words';

describe('words', () => {
  it('ignores punctuation, Markdown marks, case and Unicode form', () => {
    expect(words('**3.** Tham mưu; *Cơ quan:* ĐÀO TẠO')).toEqual(['3', 'tham', 'mưu', 'cơ', 'quan', 'đào', 'tạo']);
    expect(words('Số: *128* /KH-UBND')).toEqual(words('Số: 128/KH-UBND'));
    expect(words('Quyết định'.normalize('NFD'))).toEqual(['quyết', 'định']);
  });
});

describe('removeNoise', () => {
  it('removes each listed mark once, the last occurrence first', () => {
    expect(removeNoise('a ✓ b ✓ c', ['✓'])).toBe('a ✓ b   c');
    expect(removeNoise('a ✓ b ✓ c', ['✓', '✓'])).toBe('a   b   c');
  });
  it('matches a repeated table header across tabs and keeps the first header', () => {
    const source = 'TT\tTên nhiệm vụ\nrow 1\nTT\tTên nhiệm vụ\nrow 2';
    expect(words(removeNoise(source, ['TT Tên nhiệm vụ']))).toEqual(['tt', 'tên', 'nhiệm', 'vụ', 'row', '1', 'row', '2']);
  });
  it('says when a listed mark is not in the source', () => {
    expect(() => removeNoise('abc', ['*7/7k*'])).toThrow(/7\/7k/);
  });
});

describe('firstDifference', () => {
  it('finds where two texts part', () => {
    expect(firstDifference(['a', 'b', 'c'], ['a', 'b', 'c'])).toBeNull();
    expect(firstDifference(['a', 'b', 'c'], ['a', 'x', 'c'])?.index).toBe(1);
    expect(firstDifference(['a', 'b'], ['a', 'b', 'c'])?.index).toBe(2);
  });
});
