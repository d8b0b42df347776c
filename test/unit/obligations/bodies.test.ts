/** Agencies belong to a jurisdiction: one body's work, and every body of a kind beside it. */
import { describe, expect, it } from 'vitest';
import { JurisdictionError, bodyName, bodyOf, bodyOptions, bodyProvinceSlug, kindOptions, planJurisdictions } from '../../../src/lib/obligations/bodies';
import { body, registerRow } from '../../support/obligation-fixture';

const province = (name: string, inferred = false) => planJurisdictions({ province: name, provinceInferred: inferred, level: 'tỉnh', issuer: `Ủy ban nhân dân tỉnh ${name}` });
const commune = (issuer: string) => planJurisdictions({ province: 'Hải Phòng', provinceInferred: false, level: 'xã', issuer });

describe('jurisdictions', () => {
  it('puts a province plan’s bodies in its province, its communes taken together', () => {
    const dongThap = province('Đồng Tháp');
    expect(bodyOf('so-noi-vu', dongThap)).toEqual({ id: 'so-noi-vu', body: 'so-noi-vu.dong-thap', jurisdiction: 'Đồng Tháp' });
    expect(bodyOf('ubnd-cap-xa', dongThap).body).toBe('ubnd-cap-xa.dong-thap');
    expect(bodyOf('co-quan-lien-quan', dongThap).body).toBe('co-quan-lien-quan.dong-thap');
  });

  it('tells Thái Nguyên’s Sở Nội vụ from Đồng Tháp’s', () => {
    expect(bodyOf('so-noi-vu', province('Thái Nguyên')).body).not.toBe(bodyOf('so-noi-vu', province('Đồng Tháp')).body);
  });

  it('puts a commune plan’s offices in its commune, and the Sở it names in the province', () => {
    const anHung = commune('Ủy ban nhân dân xã An Hưng');
    const haBac = commune('Ủy ban nhân dân xã Hà Bắc');
    expect(anHung.own).toEqual({ id: 'hai-phong.xa-an-hung', name: 'xã An Hưng, Hải Phòng' });
    expect(bodyOf('phong-van-hoa-xa-hoi', anHung).body).toBe('phong-van-hoa-xa-hoi.hai-phong.xa-an-hung');
    expect(bodyOf('phong-van-hoa-xa-hoi', haBac).body).toBe('phong-van-hoa-xa-hoi.hai-phong.xa-ha-bac');
    expect(bodyOf('co-quan-lien-quan', haBac).body).toBe('co-quan-lien-quan.hai-phong.xa-ha-bac');
    expect(bodyOf('so-noi-vu', anHung)).toEqual({ id: 'so-noi-vu', body: 'so-noi-vu.hai-phong', jurisdiction: 'Hải Phòng' });
  });

  it('says so where the province is inferred', () => {
    expect(bodyName(bodyOf('ubnd-tinh', province('Lai Châu', true)))).toBe('UBND tỉnh (Lai Châu, tên tỉnh suy ra từ nội dung văn bản)');
  });

  it('stops, in Vietnamese, on a commune plan whose issuer names no commune', () => {
    expect(() => commune('Ủy ban nhân dân')).toThrow(JurisdictionError);
    expect(() => commune('Ủy ban nhân dân')).toThrow(/không nêu tên xã, phường/);
  });

  it('reads the province a body sits in from its id', () => {
    expect(bodyProvinceSlug('so-noi-vu.thai-nguyen')).toBe('thai-nguyen');
    expect(bodyProvinceSlug('phong-van-hoa-xa-hoi.hai-phong.xa-an-hung')).toBe('hai-phong');
    expect(bodyProvinceSlug('so-noi-vu')).toBeNull();
    expect(bodyProvinceSlug('so-noi-vu.ha-tay')).toBeNull();
  });
});

describe('filter options', () => {
  const rows = [
    registerRow('a', 'Năm 2026', { lead: { text: 'Phòng Văn hóa - Xã hội', agencies: [body('phong-van-hoa-xa-hoi', 'hai-phong.xa-ha-bac', 'xã Hà Bắc, Hải Phòng')] } }),
    registerRow('b', 'Năm 2026', { lead: { text: 'Phòng Văn hóa - Xã hội', agencies: [body('phong-van-hoa-xa-hoi', 'hai-phong.xa-an-hung', 'xã An Hưng, Hải Phòng')] } }),
    registerRow('c', 'Năm 2026', { partners: { text: 'Sở Nội vụ', agencies: [body('so-noi-vu', 'hai-phong', 'Hải Phòng')] }, lead: { text: null, agencies: [] } }),
  ];

  it('offers one body each, in the catalogue’s order of kinds, then by place', () => {
    expect(bodyOptions(rows)).toEqual([
      { value: 'so-noi-vu.hai-phong', label: 'Sở Nội vụ (Hải Phòng)' },
      { value: 'phong-van-hoa-xa-hoi.hai-phong.xa-an-hung', label: 'Phòng Văn hóa - Xã hội (xã An Hưng, Hải Phòng)' },
      { value: 'phong-van-hoa-xa-hoi.hai-phong.xa-ha-bac', label: 'Phòng Văn hóa - Xã hội (xã Hà Bắc, Hải Phòng)' },
    ]);
  });

  it('offers each kind once beside them', () => {
    expect(kindOptions(rows)).toEqual([
      { value: 'so-noi-vu', label: 'Sở Nội vụ' },
      { value: 'phong-van-hoa-xa-hoi', label: 'Phòng Văn hóa - Xã hội' },
    ]);
  });
});
