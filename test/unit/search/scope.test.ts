import { describe, expect, it } from 'vitest';
import { clauseSearches, filterProblems, type FoundPlan } from '../../../src/lib/search/scope';

const plan = (slug: string, province: string, label = slug): FoundPlan => ({ url: `/ke-hoach/${slug}/`, title: slug, province, label });

describe('clauseSearches', () => {
  it('searches each province of the opened plans once, limited to those plans, in the order found', () => {
    const searches = clauseSearches([plan('a', 'Lai Châu'), plan('b', 'Đồng Tháp'), plan('c', 'Lai Châu')], { cap: 'Cấp xã', tinh: 'x', 'ke-hoach': 'y' });
    expect(searches).toEqual([
      { basePath: '/pagefind/tinh/lai-chau/', filters: { cap: 'Cấp xã', 'ke-hoach': { any: ['a', 'c'] } }, urls: new Set(['/ke-hoach/a/', '/ke-hoach/c/']) },
      { basePath: '/pagefind/tinh/dong-thap/', filters: { cap: 'Cấp xã', 'ke-hoach': { any: ['b'] } }, urls: new Set(['/ke-hoach/b/']) },
    ]);
  });

  it('searches nothing when no plan is opened', () => {
    expect(clauseSearches([], {})).toEqual([]);
  });
});

describe('filterProblems', () => {
  const known = { tinh: ['Lai Châu', 'Đồng Tháp'], cap: ['Cấp tỉnh', 'Cấp xã'], nhom: ['Chất lượng cán bộ cấp xã'] };

  it('accepts values that exist, and values not checked yet', () => {
    expect(filterProblems({ tinh: 'Lai Châu', cap: 'Cấp xã', 'ke-hoach': 'anything' }, known)).toEqual([]);
  });

  it('names a value that no longer exists', () => {
    expect(filterProblems({ 'ke-hoach': '99/KH-UBND' }, { 'ke-hoach': ['12/KH-UBND'] })).toEqual([
      { key: 'ke-hoach', message: 'Không có kế hoạch “99/KH-UBND” (có thể đã đổi tên hoặc không còn trên trang này).' },
    ]);
    expect(filterProblems({ cap: 'Cấp huyện' }, known)[0]!.key).toBe('cap');
  });

  it('tells a province without plans from a name that is no province', () => {
    expect(filterProblems({ tinh: 'Hà Nội' }, known)).toEqual([{ key: 'tinh', message: 'Chưa có kế hoạch nào của Hà Nội trên trang này.' }]);
    expect(filterProblems({ tinh: 'Hà Tây' }, known)[0]!.message).toBe('Không có tỉnh, thành phố “Hà Tây” (có thể đã đổi tên hoặc không còn trên trang này).');
  });
});
