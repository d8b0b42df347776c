import { describe, expect, it } from 'vitest';
import { BODY_FIELDS, PROVINCE_FIELDS, readBodyForm, readProvinceForm } from '../../../src/lib/quota/province-form';

describe('province form', () => {
  it('reads the required counts and the optional ones given', () => {
    expect(readProvinceForm({ staffQuota: '1.200', dttsCadres: '90', dttsWomen: '30', dttsTrained: '' })).toEqual({
      ok: true,
      input: { staffQuota: 1200, dttsCadres: 90, dttsWomen: 30 },
    });
  });

  it('names the field of every problem, all at once', () => {
    const read = readProvinceForm({ staffQuota: '', dttsCadres: '12,5', dttsLeaders: '-1', dttsWomenLeaders: 'ba' });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors).toEqual([
      { key: 'staffQuota', message: 'Biên chế được giao của cấp tỉnh: chưa nhập.' },
      { key: 'dttsCadres', message: 'Cán bộ người DTTS của tỉnh hiện có: “12,5” không phải số nguyên.' },
      { key: 'dttsLeaders', message: 'Lãnh đạo, quản lý người DTTS của tỉnh hiện có: “-1” là số âm; số lượng phải từ 0 trở lên.' },
      { key: 'dttsWomenLeaders', message: 'Nữ lãnh đạo, quản lý người DTTS của tỉnh hiện có: “ba” không phải là số.' },
    ]);
  });

  it('refuses a part larger than its whole, naming both', () => {
    const read = readProvinceForm({ staffQuota: '500', dttsCadres: '40', dttsLeaders: '41', dttsWomen: '5', dttsWomenLeaders: '6', dttsTrained: '41' });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((e) => e.key)).toEqual(['dttsLeaders', 'dttsWomenLeaders', 'dttsTrained']);
    expect(read.errors[0]!.message).toBe('Lãnh đạo, quản lý người DTTS của tỉnh hiện có: 41 lớn hơn “Cán bộ người DTTS của tỉnh hiện có” (40).');
    expect(read.errors[1]!.message).toContain('lớn hơn “Nữ người DTTS của tỉnh hiện có” (5)');
    // Women leaders above the leaders is refused too.
    const overLeaders = readProvinceForm({ staffQuota: '500', dttsCadres: '40', dttsLeaders: '2', dttsWomen: '9', dttsWomenLeaders: '3' });
    expect(overLeaders.ok ? [] : overLeaders.errors.map((e) => e.message)).toEqual([
      'Nữ lãnh đạo, quản lý người DTTS của tỉnh hiện có: 3 lớn hơn “Lãnh đạo, quản lý người DTTS của tỉnh hiện có” (2).',
    ]);
  });

  it('reads an ethnic-affairs body, refusing women or trained above its DTTS people', () => {
    expect(readBodyForm({ base: '9', dttsCount: '3', dttsWomenLeaders: '1', dttsWomen: '1' }, 'ban-dan-toc', true)).toEqual({
      ok: true,
      input: { kind: 'ban-dan-toc', hasDttsLeaderOrPipeline: true, base: 9, dttsCount: 3, dttsWomen: 1, dttsWomenLeaders: 1 },
    });
    const read = readBodyForm({ base: '9', dttsCount: '3', dttsWomen: '4', dttsTrained: '5' }, 'so-dan-toc-ton-giao', false);
    expect(read.ok ? [] : read.errors.map((e) => e.message)).toEqual([
      'Nữ người DTTS hiện có trong cơ quan: 4 lớn hơn “Số người DTTS hiện có trong cơ quan” (3).',
      'Người DTTS của cơ quan đã đào tạo, bồi dưỡng: 5 lớn hơn “Số người DTTS hiện có trong cơ quan” (3).',
    ]);
    expect(readBodyForm({}, 'ban-dan-toc', false)).toMatchObject({ ok: false, errors: [{ key: 'base' }, { key: 'dttsCount' }] });
  });

  it('labels every field in Vietnamese, each once', () => {
    for (const fields of [PROVINCE_FIELDS, BODY_FIELDS]) expect(new Set(fields.map((f) => f.label)).size).toBe(fields.length);
  });
});
