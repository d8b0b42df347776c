import { describe, expect, it } from 'vitest';
import { PROVINCES, PROVINCE_NAMES, provinceByName, provinceBySlug, provinceSlug } from '../../src/lib/provinces';
import { loadPlans } from '../support/plans';

describe('provinces', () => {
  it('lists 34 provinces with distinct ASCII slugs, sorted the Vietnamese way', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(new Set(PROVINCES.map((p) => p.slug)).size).toBe(34);
    for (const p of PROVINCES) expect(p.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const names = PROVINCES.map((p) => p.name);
    expect(names.indexOf('Đà Nẵng')).toBeGreaterThan(names.indexOf('Cần Thơ'));
    expect(names.indexOf('Đà Nẵng')).toBeLessThan(names.indexOf('Gia Lai'));
  });

  it('makes slugs without marks or đ', () => {
    expect(provinceSlug('Thái Nguyên')).toBe('thai-nguyen');
    expect(provinceSlug('Đắk Lắk')).toBe('dak-lak');
    expect(provinceSlug('Hồ Chí Minh')).toBe('ho-chi-minh');
  });

  it('finds a province by slug and by name, in any Unicode form', () => {
    expect(provinceBySlug('lai-chau')?.name).toBe('Lai Châu');
    expect(provinceByName('Lai Cha\u0302u')?.slug).toBe('lai-chau');
    expect(provinceBySlug('ha-giang')).toBeUndefined();
  });

  it('knows the province of every published plan', () => {
    for (const plan of loadPlans()) {
      const province = (plan.frontmatter as unknown as { province: string }).province;
      expect(PROVINCE_NAMES as readonly string[], plan.slug).toContain(province);
    }
  });
});
