import { describe, expect, it } from 'vitest';
import { COMMUNE_PARAMS } from '../../../src/lib/quota/commune-form';
import {
  BODY_FIELDS,
  BODY_PARAMS,
  PROVINCE_FIELDS,
  PROVINCE_PARAMS,
  bodyFormFromSearch,
  bodyFormToSearch,
  provinceFormFromSearch,
  provinceFormToSearch,
  readBodyForm,
  readProvinceForm,
} from '../../../src/lib/quota/province-form';

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

describe('province forms in the URL', () => {
  it('round-trips the province and the body through the address, each under its own parameters', () => {
    const province = { values: { staffQuota: '25', dttsCadres: '1', dttsWomen: '' } };
    const provinceSearch = provinceFormToSearch(province);
    expect(provinceSearch).toBe('?tinh_bien_che=25&tinh_can_bo_dtts=1');
    const body = { kind: 'so-dan-toc-ton-giao' as const, hasLeader: true, values: { base: '7', dttsCount: '1' } };
    const bodySearch = bodyFormToSearch(body);
    expect(bodySearch).toBe('?co-quan=so-dan-toc-ton-giao&co-quan-lanh-dao=co&co_quan_bien_che=7&co_quan_nguoi_dtts=1');
    // Both on one page: neither form reads the other's figures.
    const both = `${provinceSearch}&${bodySearch.slice(1)}`;
    expect(provinceFormFromSearch(both).values).toMatchObject({ staffQuota: '25', dttsCadres: '1', dttsWomen: '' });
    expect(bodyFormFromSearch(both)).toMatchObject({ kind: 'so-dan-toc-ton-giao', hasLeader: true, values: { base: '7', dttsCount: '1', dttsWomen: '' } });
    expect(new Set([...PROVINCE_PARAMS, ...BODY_PARAMS, ...COMMUNE_PARAMS]).size).toBe(PROVINCE_PARAMS.length + BODY_PARAMS.length + COMMUNE_PARAMS.length);
  });

  it('takes an unknown body kind as Ban Dân tộc, and no leader unless the address says so', () => {
    expect(bodyFormFromSearch('?co-quan=khac&co-quan-lanh-dao=khong')).toMatchObject({ kind: 'ban-dan-toc', hasLeader: false });
  });
});
