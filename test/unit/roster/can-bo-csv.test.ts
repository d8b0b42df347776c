import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDate, parseYesNo } from '../../../src/lib/csv/values';
import { computeQuality } from '../../../src/lib/quality/quality-files';
import { DONG_THAP_NQ14 } from '../../../src/lib/quality/rules';
import { RosterCounter } from '../../../src/lib/roster/aggregate';
import { type Cadre, readCanBoCsv } from '../../../src/lib/roster/can-bo-csv';
import { LaiChauList, countByCommune } from '../../../src/lib/quality/lai-chau';
import { QD470_THAI_NGUYEN } from '../../../src/lib/quota/rules';

const TODAY = { year: 2026, month: 11, day: 22 };
const sample = readFileSync(join(import.meta.dirname, '../../../public/mau/vi-du-can-bo.csv'), 'utf8');
/** Reads a roster keeping every cadre handed on, for the test to look at (the calculators count them instead). */
function readRoster(text: string, fileName = 'can-bo.csv') {
  const cadres: Cadre[] = [];
  const { issues } = readCanBoCsv(text, fileName, TODAY, (cadre) => cadres.push(cadre));
  return { cadres, issues };
}

function countRoster(cadres: readonly Cadre[]) {
  const counter = new RosterCounter();
  cadres.forEach((cadre) => counter.add(cadre));
  return counter.counts;
}

/** The Lai Châu list, null when nobody can be listed (no dat_chuan_trinh_do column). */
function laiChauCandidates(cadres: readonly Cadre[], reference: typeof TODAY) {
  const list = new LaiChauList(reference);
  cadres.forEach((cadre) => list.add(cadre));
  return list.list();
}

const HEADER = 'ma_xa,ho_ten,gioi_tinh,ngay_sinh,dan_toc,lanh_dao,da_dao_tao,dat_chuan_trinh_do,dat_chuan_khung_nang_luc,thanh_thao_so,ho_so_so_hoa,boi_duong_chuyen_sau';

describe('yes/no and date cells', () => {
  it.each([['có', true], ['Có', true], ['x', true], ['X', true], ['1', true], ['yes', true], ['TRUE', true], ['không', false], ['Khong', false], ['', false], ['0', false], ['no', false], ['false', false]])(
    '“%s” → %s',
    (cell, value) => expect(parseYesNo(cell)).toEqual({ ok: true, value }),
  );
  it('rejects anything else with the accepted forms', () => {
    const parsed = parseYesNo('có lẽ');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain('có hoặc không');
  });
  it.each([
    ['05/03/1980', { year: 1980, month: 3, day: 5 }, false],
    ['5/3/1980', { year: 1980, month: 3, day: 5 }, false],
    ['1980-03-05', { year: 1980, month: 3, day: 5 }, false],
    ['1980', { year: 1980, month: 1, day: 1 }, true],
    ['29/02/2000', { year: 2000, month: 2, day: 29 }, false],
    [' 05/03/1980 ', { year: 1980, month: 3, day: 5 }, false],
    ['05.03.1980', { year: 1980, month: 3, day: 5 }, false],
    ['05-03-1980', { year: 1980, month: 3, day: 5 }, false],
    ['1980-3-5', { year: 1980, month: 3, day: 5 }, false],
  ])('%s', (cell, value, yearOnly) => expect(parseDate(cell)).toEqual({ ok: true, value, yearOnly }));
  it.each(['31/02/1990', '29/02/1900', '1990/03/05', '03-1990', '13/13/1990', '80', '00/03/1990', '05/00/1990', '0a/03/1990', '05/03/199x', '1990-02-30', '1990-13-01', '+5/03/1990'])('rejects %s', (cell) => expect(parseDate(cell).ok).toBe(false));
});

describe('can-bo.csv', () => {
  it('reads the example roster: spelling variants of ethnic groups, three date forms, every yes/no form', () => {
    const { cadres, issues } = readRoster(sample, 'vi-du-can-bo.csv');
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(cadres).toHaveLength(13);
    expect(cadres.map((c) => c.ethnicGroup)).toEqual(['Kinh', 'Thái', 'Mông', 'Kinh', 'Mông', 'Kinh', 'Ê-đê', 'Kinh', 'Ê-đê', 'Tày', 'Tày', 'Mường', 'Nùng']);
    expect(cadres[2]).toMatchObject({ name: 'Giàng A Chử', sex: 'nam', birth: { year: 1988, month: 1, day: 1 }, birthYearOnly: true, minority: true });
    expect(cadres[1]!.flags).toMatchObject({ lanh_dao: false, thanh_thao_so: true, dat_chuan_khung_nang_luc: false });
  });

  it('counts per commune what xa.csv and chat-luong.csv carry', () => {
    const counts = countRoster(readRoster(sample, 'vi-du-can-bo.csv').cadres);
    expect([...counts.keys()]).toEqual(['01', '02', '03']);
    expect(counts.get('01')).toEqual({
      code: '01', firstRow: 2, cadres: 6, leaders: 3, leadersQualified: 3, leadersDeepTrained: 2, leadersTitleTrained: 3, digitalSkills: 6,
      professionallyStandard: 1, performing: 5, recordsDigitised: 5,
      dtts: 3, dttsLeaders: 1, dttsWomen: 1, dttsWomenLeaders: 0, dttsTrained: 1,
    });
    expect(counts.get('02')).toMatchObject({ dtts: 3, dttsWomen: 2, dttsLeaders: 1, dttsWomenLeaders: 1, dttsTrained: 3 });
  });

  it('counts a commune whose cadres are not listed together', () => {
    const rows = ['01', '02', '01', '01', '02'].map((code) => `${code},A,Nam,1980,Tày,có,có,có,có,có,có,có`);
    const counts = countRoster(readRoster([HEADER, ...rows].join('\n')).cadres);
    expect([...counts.values()].map((c) => [c.code, c.firstRow, c.cadres, c.dtts])).toEqual([['01', 2, 3, 3], ['02', 3, 2, 2]]);
  });

  it('reports every problem with row, column and reason, suggests the closest ethnic group, and gives no cadres', () => {
    const text = [
      HEADER,
      '01,A,Nam,31/02/1990,Kinhh,có,có,có,có,có,có,có',
      '01,B,Đực,1990,Tày,có lẽ,có,có,có,có,có,có',
      ',C,Nữ,,Mông,,,,,,,',
      '02,D,Nữ,2030,Dao,,,,,,,',
    ].join('\n');
    const { cadres, issues } = readRoster(text);
    // Only row 5 (born in the future) is read into a cadre and handed on; the calculators drop it for the errors.
    expect(cadres.map((c) => c.row)).toEqual([5]);
    const options = { rules: DONG_THAP_NQ14, training: QD470_THAI_NGUYEN, reference: TODAY, today: TODAY };
    expect(computeQuality({ canBo: { name: 'can-bo.csv', bytes: new TextEncoder().encode(text) } }, options)).toMatchObject({ communes: [], candidates: [] });
    const where = issues.filter((i) => i.severity === 'error').map((i) => `${i.row} ${i.column}`);
    expect(where).toEqual(['2 ngay_sinh', '2 dan_toc', '3 gioi_tinh', '3 lanh_dao', '4 ma_xa', '4 ngay_sinh', '5 ngay_sinh']);
    expect(issues.find((i) => i.column === 'dan_toc')!.message).toBe('Không có dân tộc “Kinhh” trong danh mục 54 dân tộc. Có phải “Kinh”?');
  });

  it('needs a birth date or year column, and leaves counts from a missing yes/no column unknown', () => {
    expect(readRoster('ma_xa,gioi_tinh,dan_toc\n01,Nam,Kinh\n').issues[0]!.message).toContain('Thiếu cột');
    const { cadres, issues } = readRoster('ma_xa,gioi_tinh,nam_sinh,dan_toc\n01,Nam,1980,Tày\n');
    expect(issues.filter((i) => i.severity === 'warning')).toHaveLength(9);
    expect(countRoster(cadres).get('01')).toMatchObject({ dtts: 1, dttsLeaders: null, dttsTrained: null, leaders: null, performing: null, leadersTitleTrained: null, professionallyStandard: null });
    expect(laiChauCandidates(cadres, TODAY)).toBeNull();
  });

  it('lists cadres below the qualification standard with more than 6 years left (Lai Châu)', () => {
    const { cadres } = readRoster(sample, 'vi-du-can-bo.csv');
    const candidates = laiChauCandidates(cadres, TODAY)!;
    // Trần Thị Dung (retired 05/2024) and Lê Văn Phúc (retires 08/2028) have 6 years or less left.
    expect(candidates.map((c) => c.name)).toEqual(['Lò Thị Bình', 'Giàng A Chử', 'Vàng Seo Em', 'Hoàng Thị Hà', 'Nông Văn Khánh', 'Đinh Thị Lan']);
    expect(candidates[3]).toMatchObject({ birth: '10/10/1975', retirement: '31/10/2035', yearsLeft: 8, monthsLeft: 11 });
    expect(candidates[1]).toMatchObject({ birth: '1988', retirement: '31/01/2050' });
    expect([...countByCommune(candidates)]).toEqual([['01', 3], ['02', 1], ['03', 2]]);
    // Moving the reference date on drops Hoàng Thị Hà (retires 31/10/2035) once 6 years or less are left.
    const later = laiChauCandidates(cadres, { year: 2029, month: 10, day: 31 })!;
    expect(later.map((c) => c.name)).not.toContain('Hoàng Thị Hà');
    expect(laiChauCandidates(cadres, { year: 2029, month: 10, day: 30 })!.map((c) => c.name)).toContain('Hoàng Thị Hà');
  });
});
