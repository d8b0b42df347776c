import { describe, expect, it } from 'vitest';
import { PROVINCE_CLAUSES, PROVINCE_RULES, ethnicAffairsBodyQuota, provinceQuota } from '../../../src/lib/quota/province';
import { QD470_THAI_NGUYEN } from '../../../src/lib/quota/rules';

const PLAN = 'thai-nguyen-128-kh-ubnd-2026';

describe('province rules as data', () => {
  it('belong to the QĐ 470 — Thái Nguyên rule set and cite the clauses of rules.md', () => {
    expect(PROVINCE_RULES.id).toBe(QD470_THAI_NGUYEN.id);
    expect(PROVINCE_RULES.roadmap).toBe(QD470_THAI_NGUYEN.roadmap);
    expect(PROVINCE_RULES.minimum).toEqual({
      percent: 10,
      clause: { plan: PLAN, anchor: 'ii-2-a', label: 'điểm a khoản 2 Mục II', numbers: ['10%'] },
    });
    expect(PROVINCE_RULES.ethnicAffairsBodies).toEqual({
      percent: 30,
      clause: { plan: PLAN, anchor: 'ii-2-c-1', label: 'gạch đầu dòng thứ 1 điểm c khoản 2 Mục II', numbers: ['30%'] },
    });
    expect(PROVINCE_RULES.leaders).toMatchObject({
      percent: 10,
      clause: { plan: PLAN, anchor: 'ii-3-b-2-1', label: 'ý thứ 1 gạch đầu dòng thứ 2 điểm b khoản 3 Mục II', numbers: ['10%'] },
    });
    expect(PROVINCE_RULES.ethnicAffairsLeadership.clause).toEqual({
      plan: PLAN,
      anchor: 'ii-3-b-1',
      label: 'gạch đầu dòng thứ 1 điểm b khoản 3 Mục II',
      numbers: ['01'],
    });
  });

  it('lists every cited clause once', () => {
    expect(PROVINCE_CLAUSES.map((c) => c.anchor)).toEqual(['ii-2', 'ii-3', 'ii-2-a', 'ii-3-b-2-1', 'ii-2-c-1', 'ii-3-b-1', 'ii-3-c', 'ii-4']);
    expect(PROVINCE_CLAUSES.every((c) => c.plan === PLAN)).toBe(true);
  });
});

describe('provinceQuota', () => {
  it('avoids the floating-point trap: ⌈25 × 10% × 80%⌉ is 2, not 3', () => {
    const q = provinceQuota({ staffQuota: 25, dttsCadres: 0 });
    expect(q.targets[2030].minimum.value).toBe(2);
    expect(q.targets[2035].minimum.value).toBe(3);
    expect(q.targets[2030].minimum.why.arithmetic).toBe('⌈25 × 10% × 80%⌉ = 2');
    expect(q.targets[2035].minimum.why.arithmetic).toBe('⌈25 × 10%⌉ = 3');
    expect(q.targets[2030].minimum.why.rule).toContain('đến năm 2030 đạt 80% mức đó');
    expect(q.targets[2035].minimum.why.rule).not.toContain('80%');
    expect(q.targets[2030].minimum.why.clauses.map((c) => c.anchor)).toEqual(['ii-2-a', 'ii-2']);
  });

  it('gives exact targets at exactly 10%, and gaps from the current count', () => {
    const q = provinceQuota({ staffQuota: 1000, dttsCadres: 90 });
    expect([q.targets[2030].minimum.value, q.targets[2035].minimum.value]).toEqual([80, 100]);
    expect(q.targets[2035].minimum.why.arithmetic).toBe('⌈1.000 × 10%⌉ = 100');
    expect([q.gaps[2030].minimum, q.gaps[2035].minimum]).toEqual([0, 10]);
  });

  it('bases leaders on today’s DTTS cadres, with the roadmap', () => {
    // ⌈25 × 10% × 80%⌉ = 2, ⌈2,5⌉ = 3
    const q = provinceQuota({ staffQuota: 400, dttsCadres: 25, dttsLeaders: 2 });
    expect([q.targets[2030].leaders.value, q.targets[2035].leaders.value]).toEqual([2, 3]);
    expect(q.targets[2030].leaders.why.clauses.map((c) => c.anchor)).toEqual(['ii-3-b-2-1', 'ii-3']);
    expect(q.targets[2030].leaders.why.notes.join(' ')).toContain('hiện có của tỉnh');
    expect([q.gaps[2030].leaders, q.gaps[2035].leaders]).toEqual([0, 1]);
    // exactly 10% of 30 cadres is 3 in 2035
    expect(provinceQuota({ staffQuota: 400, dttsCadres: 30 }).targets[2035].leaders.value).toBe(3);
  });

  it('has no leader gap when the current number of leaders is not given', () => {
    const q = provinceQuota({ staffQuota: 400, dttsCadres: 25 });
    expect([q.gaps[2030].leaders, q.gaps[2035].leaders]).toEqual([null, null]);
  });

  it('gives zero for zero', () => {
    const q = provinceQuota({ staffQuota: 0, dttsCadres: 0, dttsLeaders: 0 });
    const { 2030: in2030, 2035: in2035 } = q.targets;
    expect([in2030.minimum.value, in2030.leaders.value, in2035.minimum.value, in2035.leaders.value]).toEqual([0, 0, 0, 0]);
    expect(q.gaps).toEqual({
      2030: { minimum: 0, leaders: 0, women: null, womenLeaders: null, trained: null },
      2035: { minimum: 0, leaders: 0, women: null, womenLeaders: null, trained: null },
    });
    expect(q.warnings).toEqual([]);
  });

  it('warns, without blocking, when DTTS cadres exceed the staff quota', () => {
    const q = provinceQuota({ staffQuota: 5, dttsCadres: 6 });
    expect(q.warnings).toEqual(['số cán bộ người dân tộc thiểu số hiện có lớn hơn biên chế được giao']);
    expect(q.targets[2035].minimum.value).toBe(1);
  });
});

describe('province women and training (điểm c khoản 3, khoản 4)', () => {
  it('takes women from the year’s minimum and women leaders from the year’s leader minimum, 80% not applied twice', () => {
    // minimum ⌈437 × 10% × 80%⌉ = ⌈34,96⌉ = 35, ⌈43,7⌉ = 44; leaders ⌈53 × 10% × 80%⌉ = ⌈4,24⌉ = 5, ⌈5,3⌉ = 6
    const q = provinceQuota({ staffQuota: 437, dttsCadres: 53 });
    expect([q.targets[2030].minimum.value, q.targets[2035].minimum.value]).toEqual([35, 44]);
    expect([q.targets[2030].leaders.value, q.targets[2035].leaders.value]).toEqual([5, 6]);
    // women ⌈35 × 20%⌉ = 7, ⌈44 × 20%⌉ = ⌈8,8⌉ = 9; women leaders ⌈5 × 20%⌉ = 1, ⌈6 × 20%⌉ = ⌈1,2⌉ = 2
    expect([q.targets[2030].women.value, q.targets[2035].women.value]).toEqual([7, 9]);
    expect([q.targets[2030].womenLeaders.value, q.targets[2035].womenLeaders.value]).toEqual([1, 2]);
    expect(q.targets[2035].women.why.arithmetic).toBe('⌈44 × 20%⌉ = 9');
    expect(q.targets[2030].women.why.clauses.map((c) => c.anchor)).toEqual(['ii-3-c', 'ii-3', 'ii-2-a', 'ii-2']);
    expect(q.targets[2030].womenLeaders.why.clauses.map((c) => c.anchor)).toEqual(['ii-3-c', 'ii-3', 'ii-3-b-2-1']);
    expect(q.targets[2030].women.why.notes).toContain(PROVINCE_RULES.women.note);
  });

  it('trains 80% of today’s DTTS cadres by 2030 and all by 2035', () => {
    // ⌈53 × 80%⌉ = ⌈42,4⌉ = 43
    const q = provinceQuota({ staffQuota: 437, dttsCadres: 53, dttsTrained: 40 });
    expect([q.targets[2030].trained.value, q.targets[2035].trained.value]).toEqual([43, 53]);
    expect(q.targets[2030].trained.why.clauses.map((c) => c.anchor)).toEqual(['ii-4']);
    expect([q.gaps[2030].trained, q.gaps[2035].trained]).toEqual([3, 13]);
  });

  it('sets each target against today’s count only when it is entered', () => {
    const q = provinceQuota({ staffQuota: 437, dttsCadres: 53, dttsLeaders: 4, dttsWomen: 8, dttsWomenLeaders: 0 });
    expect(q.current).toEqual({ minimum: 53, leaders: 4, women: 8, womenLeaders: 0, trained: null });
    expect(q.gaps[2030]).toEqual({ minimum: 0, leaders: 1, women: 0, womenLeaders: 1, trained: null });
    expect(q.gaps[2035]).toEqual({ minimum: 0, leaders: 2, women: 1, womenLeaders: 2, trained: null });
  });
});

describe('ethnicAffairsBodyQuota', () => {
  it('applies women and training there too; women leaders are 20% of the one position điểm b khoản 3 requires', () => {
    // ⌈40 × 30% × 80%⌉ = ⌈9,6⌉ = 10, ⌈12⌉ = 12; women ⌈10 × 20%⌉ = 2, ⌈12 × 20%⌉ = ⌈2,4⌉ = 3
    const q = ethnicAffairsBodyQuota({ kind: 'so-dan-toc-ton-giao', base: 40, dttsCount: 11, hasDttsLeaderOrPipeline: true, dttsWomen: 2, dttsTrained: 9 });
    expect([q.targets[2030].women.value, q.targets[2035].women.value]).toEqual([2, 3]);
    expect([q.targets[2030].womenLeaders.value, q.targets[2035].womenLeaders.value]).toEqual([1, 1]);
    expect(q.targets[2030].womenLeaders.why.arithmetic).toBe('⌈1 × 20%⌉ = 1');
    expect(q.targets[2030].womenLeaders.why.clauses.map((c) => c.anchor)).toEqual(['ii-3-c', 'ii-3', 'ii-3-b-1']);
    expect(q.targets[2030].womenLeaders.why.notes).toContain(PROVINCE_RULES.ethnicAffairsLeadership.womenNote);
    expect(q.targets[2030].women.why.clauses.map((c) => c.anchor)).toEqual(['ii-3-c', 'ii-3', 'ii-2-c-1', 'ii-2']);
    // ⌈11 × 80%⌉ = ⌈8,8⌉ = 9; 11
    expect([q.targets[2030].trained.value, q.targets[2035].trained.value]).toEqual([9, 11]);
    expect(q.current).toEqual({ minimum: 11, women: 2, womenLeaders: null, trained: 9 });
    expect(q.gaps[2035]).toEqual({ minimum: 1, women: 1, womenLeaders: null, trained: 2 });
  });

  it('requires 30% of the members of Ban Dân tộc, exactly 30% meeting it', () => {
    const q = ethnicAffairsBodyQuota({ kind: 'ban-dan-toc', base: 10, dttsCount: 3, hasDttsLeaderOrPipeline: true });
    // ⌈10 × 30% × 80%⌉ = ⌈2,4⌉ = 3; ⌈10 × 30%⌉ = 3
    expect([q.targets[2030].minimum.value, q.targets[2035].minimum.value]).toEqual([3, 3]);
    expect([q.gaps[2030].minimum, q.gaps[2035].minimum]).toEqual([0, 0]);
    expect(q.name).toBe('Ban Dân tộc của Hội đồng nhân dân tỉnh');
    expect(q.targets[2035].minimum.why.rule).toBe('Tối thiểu 30% tổng số thành viên Ban Dân tộc của Hội đồng nhân dân tỉnh là người dân tộc thiểu số, đạt đủ mức đó đến năm 2035.');
    expect(q.targets[2035].minimum.why.clauses.map((c) => c.anchor)).toEqual(['ii-2-c-1', 'ii-2']);
  });

  it('requires 30% of the staff quota of Sở Dân tộc và Tôn giáo, with the 80% roadmap applied before rounding', () => {
    // ⌈7 × 30% × 80%⌉ = ⌈1,68⌉ = 2; ⌈2,1⌉ = 3
    const seven = ethnicAffairsBodyQuota({ kind: 'so-dan-toc-ton-giao', base: 7, dttsCount: 1, hasDttsLeaderOrPipeline: false });
    expect([seven.targets[2030].minimum.value, seven.targets[2035].minimum.value]).toEqual([2, 3]);
    expect([seven.gaps[2030].minimum, seven.gaps[2035].minimum]).toEqual([1, 2]);
    expect(seven.targets[2030].minimum.why.arithmetic).toBe('⌈7 × 30% × 80%⌉ = 2');
    expect(seven.targets[2030].minimum.why.rule).toContain('tổng biên chế được giao của Sở Dân tộc và Tôn giáo');
    // ⌈25 × 30% × 80%⌉ = 6 exactly; ⌈7,5⌉ = 8
    const twentyFive = ethnicAffairsBodyQuota({ kind: 'so-dan-toc-ton-giao', base: 25, dttsCount: 8, hasDttsLeaderOrPipeline: false });
    expect([twentyFive.targets[2030].minimum.value, twentyFive.targets[2035].minimum.value]).toEqual([6, 8]);
  });

  it('checks for a DTTS head, deputy or person in the leadership pipeline', () => {
    const without = ethnicAffairsBodyQuota({ kind: 'so-dan-toc-ton-giao', base: 40, dttsCount: 12, hasDttsLeaderOrPipeline: false });
    expect(without.leadership.met).toBe(false);
    expect(without.leadership.why.clauses.map((c) => c.anchor)).toEqual(['ii-3-b-1']);
    expect(without.leadership.why.rule).toContain('Sở Dân tộc và Tôn giáo phải có ít nhất 01 vị trí');
    const withOne = ethnicAffairsBodyQuota({ kind: 'ban-dan-toc', base: 9, dttsCount: 3, hasDttsLeaderOrPipeline: true });
    expect(withOne.leadership.met).toBe(true);
  });

  it('gives zero for an empty body, and warns when DTTS people exceed the base', () => {
    const empty = ethnicAffairsBodyQuota({ kind: 'ban-dan-toc', base: 0, dttsCount: 0, hasDttsLeaderOrPipeline: false });
    expect([empty.targets[2030].minimum.value, empty.targets[2035].minimum.value]).toEqual([0, 0]);
    expect(empty.warnings).toEqual([]);
    const over = ethnicAffairsBodyQuota({ kind: 'ban-dan-toc', base: 5, dttsCount: 6, hasDttsLeaderOrPipeline: true });
    expect(over.warnings).toEqual(['số người dân tộc thiểu số hiện có lớn hơn tổng số thành viên Ban Dân tộc của Hội đồng nhân dân tỉnh']);
  });
});
