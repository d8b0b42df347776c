import { describe, expect, it } from 'vitest';
import { canonicalWord, foldVietnamese, foldedWords } from '../../../src/lib/core/fold';

describe('foldVietnamese', () => {
  it('drops tone and vowel marks and turns đ into d, keeping positions', () => {
    expect(foldVietnamese('Đào tạo, HĐND, Ủy ban, thuỷ lợi, người dân tộc thiểu số')).toBe('dao tao, hdnd, uy ban, thuy loi, nguoi dan toc thieu so');
    const text = 'Uỷ ban nhân dân';
    expect(foldVietnamese(text)).toHaveLength(text.normalize('NFC').length);
  });
  it('treats NFD input like NFC', () => {
    expect(foldVietnamese('Quyết định'.normalize('NFD'))).toBe('quyet dinh');
  });
  it('folds old and new tone placement alike', () => {
    expect(foldedWords('hoá hóa Uỷ Ủy thuỷ thủy')).toEqual(['hoa', 'hoa', 'uy', 'uy', 'thuy', 'thuy']);
  });
});

describe('canonicalWord', () => {
  it('spells old and new tone placement the same, but keeps "quý" and marks before a consonant', () => {
    expect(canonicalWord('hoá')).toBe(canonicalWord('hóa'));
    expect(canonicalWord('Uỷ')).toBe(canonicalWord('Ủy'));
    expect(canonicalWord('thuỷ')).toBe(canonicalWord('thủy'));
    expect(canonicalWord('quý')).toBe('quý');
    expect(canonicalWord('hoàn')).toBe('hoàn');
  });
});
