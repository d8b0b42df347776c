import { describe, expect, it } from 'vitest';
import { ETHNIC_GROUP_NAMES, findEthnicGroup, normalizeEthnicName } from '../../src/lib/ethnic-groups';

describe('ethnic groups', () => {
  it('lists exactly 54 groups, distinct even after normalisation, Kinh first', () => {
    expect(ETHNIC_GROUP_NAMES).toHaveLength(54);
    expect(new Set(ETHNIC_GROUP_NAMES).size).toBe(54);
    expect(new Set(ETHNIC_GROUP_NAMES.map(normalizeEthnicName)).size).toBe(54);
    expect(ETHNIC_GROUP_NAMES[0]).toBe('Kinh');
  });

  it('finds every official name, with Kinh the only non-minority', () => {
    for (const name of ETHNIC_GROUP_NAMES) {
      expect(findEthnicGroup(name)).toEqual({ ok: true, name, minority: name !== 'Kinh' });
    }
  });

  it.each([
    ['Ê-đê', ['Ê Đê', 'ê-đê', 'Ede', 'EDE', ' Ê đê ']],
    ['Khơ-me', ['Khmer', 'Khơ Me', 'khome', 'KHƠ-ME']],
    ['Mông', ["H'Mông", 'Hmông', 'HMông', 'H’Mông', 'Hmong', 'mong']],
    ['Ba-na', ['Bana', 'Ba Na', 'Bahnar']],
    ['Gia-rai', ['Jrai', 'Jarai', 'Gia Rai', 'Giarai']],
    ['Bru-Vân Kiều', ['Vân Kiều', 'Bru - Vân Kiều', 'Bru']],
    ['Sán Chay', ['Cao Lan', 'Sán Chỉ']],
    ['Cơ-ho', ["K'Ho", 'Cơ Ho', 'Koho']],
    ['Xtiêng', ['Stiêng', 'X’tiêng']],
    ['Giẻ-Triêng', ['Gié-Triêng', 'Gie Trieng']],
    ['Cơ Lao', ['Cờ Lao']],
    ['Tày', ['Người Tày', 'dân tộc Tày', 'TAY']],
    ['Kinh', ['Việt', 'KINH']],
  ])('accepts the variants of %s', (name, variants) => {
    for (const variant of variants) expect(findEthnicGroup(variant)).toMatchObject({ ok: true, name });
  });

  it('does not accept the pejorative exonym “Mèo”', () => {
    expect(findEthnicGroup('Mèo').ok).toBe(false);
  });

  it('suggests the closest official name for a typo', () => {
    expect(findEthnicGroup('Tàyy')).toEqual({
      ok: false,
      message: 'Không có dân tộc “Tàyy” trong danh mục 54 dân tộc. Có phải “Tày”?',
    });
    expect(findEthnicGroup('Muờngg')).toMatchObject({ message: expect.stringContaining('Có phải “Mường”?') });
    expect(findEthnicGroup('Xơ Đănh')).toMatchObject({ message: expect.stringContaining('Có phải “Xơ-đăng”?') });
    expect(findEthnicGroup('Hmoong')).toMatchObject({ message: expect.stringContaining('Có phải “Mông”?') });
    expect(findEthnicGroup('Ê Đề Đê')).toMatchObject({ ok: false });
  });

  it('does not guess when nothing is close', () => {
    expect(findEthnicGroup('Pháp')).toEqual({ ok: false, message: 'Không có dân tộc “Pháp” trong danh mục 54 dân tộc.' });
    expect(findEthnicGroup('Người nước ngoài')).toEqual({
      ok: false,
      message: 'Không có dân tộc “Người nước ngoài” trong danh mục 54 dân tộc.',
    });
  });
});
