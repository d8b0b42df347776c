import { describe, expect, it } from 'vitest';
import { searchAliases } from '../../../src/lib/search/aliases';

describe('searchAliases', () => {
  it('adds the đ-less form of words with đ', () => {
    expect(searchAliases('đào tạo đất đai HĐND')).toEqual(expect.arrayContaining(['dao', 'dat', 'dai', 'hdnd']));
  });
  it('adds abbreviations both ways', () => {
    expect(searchAliases('cán bộ người dân tộc thiểu số')).toEqual(expect.arrayContaining(['DTTS', 'dtts']));
    expect(searchAliases('Ủy ban nhân dân tỉnh')).toContain('UBND');
    expect(searchAliases('Uỷ ban nhân dân tỉnh')).toContain('UBND');
    expect(searchAliases('báo cáo UBND tỉnh')).toContain('Ủy ban nhân dân');
    expect(searchAliases('Phòng VH-XH')).toContain('Văn hóa - Xã hội');
    expect(searchAliases('Phòng Văn hoá - Xã hội')).toEqual(expect.arrayContaining(['VH-XH']));
    expect(searchAliases('cán bộ, công chức, viên chức')).toEqual(expect.arrayContaining(['CBCCVC', 'CBCC', 'CCVC']));
  });
  it('does not read ordinary words as abbreviations', () => {
    expect(searchAliases('thực hiện kế hoạch')).not.toContain('Chỉ thị');
    expect(searchAliases('dtts viết thường')).not.toContain('dân tộc thiểu số');
  });
});

import { excerptSegments } from '../../../src/lib/search/excerpt';
import { prepareQuery, stateFromSearch, stateToSearch } from '../../../src/lib/search/search-url';

describe('excerptSegments', () => {
  const marked = (text: string, q: string) => excerptSegments(text, q).filter((s) => s.mark).map((s) => s.text);

  it('marks words typed without diacritics or đ', () => {
    expect(marked('Đẩy mạnh đào tạo, bồi dưỡng cán bộ', 'dao tao')).toEqual(['đào tạo']);
  });
  it('marks the long form of an abbreviation', () => {
    expect(marked('cán bộ người dân tộc thiểu số giữ chức danh', 'DTTS')).toEqual(['dân tộc thiểu số']);
  });
  it('cuts a long clause around the first match', () => {
    const long = `${'một '.repeat(50)}đích ${'hai '.repeat(50)}`;
    const segments = excerptSegments(long, 'dich');
    expect(segments[0]!.text.startsWith('…')).toBe(true);
    expect(segments[segments.length - 1]!.text.endsWith('…')).toBe(true);
    expect(segments.find((s) => s.mark)?.text).toBe('đích');
  });
  it('returns the whole short text when nothing matches', () => {
    expect(excerptSegments('Thường xuyên.', 'xyz')).toEqual([{ text: 'Thường xuyên.', mark: false }]);
  });
});

describe('search URL', () => {
  it('round-trips the query and filters', () => {
    const state = { q: 'dân tộc', filters: { tinh: 'Hải Phòng' } };
    expect(stateFromSearch(stateToSearch(state))).toEqual(state);
    expect(stateToSearch({ q: '  ', filters: {} })).toBe('');
  });
  it('turns NFD input into NFC', () => {
    expect(prepareQuery('  dân   tộc '.normalize('NFD'))).toBe('dân tộc');
  });
});

describe('excerpt marks for accented queries', () => {
  it('marks only the exact word when the query has its diacritics', () => {
    const text = 'Người dân được hướng dẫn thủ tục';
    expect(excerptSegments(text, 'dẫn').filter((s) => s.mark).map((s) => s.text)).toEqual(['dẫn']);
    expect(excerptSegments(text, 'dan').filter((s) => s.mark).map((s) => s.text)).toEqual(['dân', 'dẫn']);
  });
  it('folds thuỷ and thủy alike', () => {
    expect(excerptSegments('công trình thủy lợi', 'thuy').some((s) => s.mark && s.text === 'thủy')).toBe(true);
  });
});

describe('abbreviation marks', () => {
  it('marks the long form only where the whole phrase stands', () => {
    const marked = excerptSegments('Sở Nội vụ và cán bộ người dân tộc thiểu số', 'DTTS').filter((s) => s.mark).map((s) => s.text);
    expect(marked).toEqual(['dân tộc thiểu số']);
  });
});
