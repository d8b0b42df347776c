import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { rational } from '../../../src/lib/math/rational';
import { atLeastPercentOf, moreThanPercentOf } from '../../../src/lib/math/targets';
import { headerLookup } from '../../../src/lib/csv/headers';
import { CHAT_LUONG_COLUMNS, readChatLuongCsv } from '../../../src/lib/quality/chat-luong-csv';
import { communeQuality, qualityNotes, unmetTargets } from '../../../src/lib/quality/engine';
import { computeQuality } from '../../../src/lib/quality/quality-files';
import { QUALITY_FIELDS, qualityFormFromSearch, qualityFormToSearch, qualityFromForm } from '../../../src/lib/quality/quality-form';
import { QUALITY_RESULT_XLSX_NAME, candidatesCsv, qualityResultCsv } from '../../../src/lib/quality/result-csv';
import { qualityResultWorkbook } from '../../../src/lib/quality/result-xlsx';
import type { QualityInput } from '../../../src/lib/quality/input';
import { type CountIndicator, DONG_THAP_NQ14, LAI_CHAU_NQ05, type PhaseId, citedQualityClauses, laiChauPhaseNote } from '../../../src/lib/quality/rules';
import { communeTrajectory, spread, trainingTrajectory } from '../../../src/lib/quality/training';
import { computeFromFiles } from '../../../src/lib/quota/quota-files';
import { AN_HUNG, QD470_THAI_NGUYEN } from '../../../src/lib/quota/rules';
import { readWorkbooks } from '../../../src/lib/xlsx/workbook-files';
import { sample as csvText, workbookBytes } from '../../support/xlsx';
import type ExcelJS from 'exceljs';

const DAY = { year: 2026, month: 11, day: 22 };
const file = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(import.meta.dirname, '../../../public/mau', name))) });
const text = (name: string, content: string) => ({ name, bytes: new TextEncoder().encode(content) });
const options = { rules: DONG_THAP_NQ14, training: QD470_THAI_NGUYEN, reference: DAY, today: DAY };
const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('percent targets', () => {
  it.each([
    [90, 10, 10], [90, 9, 9], [90, 20, 19], [95, 60, 58], [95, 92, 88], [90, 0, 0], [85, 1, 1], [50, 4, 3], [100, 7, 7],
  ])('more than %i percent of %i is %i', (percent, base, expected) => expect(moreThanPercentOf(percent, base)).toBe(expected));
  it('at least, exactly: 0.8 × 5% × 25 is 1, not 2', () => {
    expect(atLeastPercentOf(rational(4), 25)).toBe(1);
    expect(atLeastPercentOf(80, 3)).toBe(3);
    expect(atLeastPercentOf(100, 0)).toBe(0);
  });
  it('with a fractional percentage, reduced or not', () => {
    expect(atLeastPercentOf(rational(25, 2), 8)).toBe(1);
    expect(atLeastPercentOf(rational(25, 2), 9)).toBe(2);
    expect(atLeastPercentOf({ num: 50n, den: 4n }, 8)).toBe(1);
    expect(moreThanPercentOf(rational(25, 2), 8)).toBe(2);
    expect(moreThanPercentOf({ num: 50n, den: 4n }, 7)).toBe(1);
  });
});

describe('quality engine (Đồng Tháp NQ 14)', () => {
  const input = readChatLuongCsv(readFileSync(join(import.meta.dirname, '../../../public/mau/vi-du-chat-luong.csv'), 'utf8')).communes;

  it('reads the example chat-luong.csv', () => expect(input.map((c) => c.code)).toEqual(['01', '02', '03', '04']));

  it('requires 10 of 10 leaders for "trên 90%", and shows gap, pass/fail and clause per phase', () => {
    const q = communeQuality(input[0]!, DONG_THAP_NQ14);
    const first = q.phases['2026-2028'].indicators[0]!;
    expect(first).toMatchObject({ base: 10, required: 10, met: false, parts: [{ current: 9, gap: 1, met: false }] });
    expect(first.why.arithmetic).toBe('⌊10 × 90%⌋ + 1 = 10 (không vượt quá 10)');
    expect(first.why.clauses.map((c) => c.anchor)).toEqual(['ii-2-a-1']);
    expect(q.phases['2029-2030'].indicators[0]!.why.clauses.map((c) => c.anchor)).toEqual(['ii-2-b-1']);
    expect(q.phases['2026-2028'].indicators.map((r) => r.required)).toEqual([10, 58, 55, 10]);
    // Exactly 85% satisfied is not "trên 85%".
    expect(q.phases['2026-2028'].satisfaction.met).toBe(false);
    expect(q.phases['2026-2028'].digitalTransformation.met).toBe(true);
    const second = communeQuality(input[1]!, DONG_THAP_NQ14);
    expect(second.phases['2026-2028'].satisfaction.met).toBe(true);
    expect(second.phases['2029-2030'].satisfaction.met).toBe(true);
    expect(communeQuality(input[3]!, DONG_THAP_NQ14).phases['2026-2028'].satisfaction.met).toBeNull();
  });

  it('counts the targets not met per phase exactly as the explained results show them', () => {
    const unmetShown = (q: ReturnType<typeof communeQuality>, phase: PhaseId) => {
      const p = q.phases[phase];
      return [...p.indicators, p.satisfaction, p.digitalTransformation].filter((r) => r.met === false).length;
    };
    const roster = computeQuality({ chatLuong: file('vi-du-chat-luong.csv'), canBo: file('vi-du-can-bo.csv') }, options).communes.map((c) => c.input);
    for (const commune of [...input, ...roster]) {
      for (const phase of ['2026-2028', '2029-2030'] as const) {
        expect(unmetTargets(commune, DONG_THAP_NQ14, phase), `${commune.code} ${phase}`).toBe(unmetShown(communeQuality(commune, DONG_THAP_NQ14), phase));
      }
    }
    // Xã 01: leaders 9 of 10, satisfaction exactly 85% (not "trên 85%").
    expect(unmetTargets(input[0]!, DONG_THAP_NQ14, '2026-2028')).toBeGreaterThanOrEqual(2);
    // Unknown figures are not counted as unmet.
    const unknown = { ...input[0]!, bases: { leaders: null, staff: null, records: null }, satisfaction: null, digitalTransformation: null };
    expect(unmetTargets(unknown, DONG_THAP_NQ14, '2029-2030')).toBe(0);
  });

  it('reads the form as a one-row chat-luong.csv, with per-field errors, and keeps it in the URL', () => {
    const bad = qualityFromForm({ ten_xa: 'Xã A', so_lanh_dao: '12,5', so_cbccvc: '10', lanh_dao_dat_chuan: '11' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.map((e) => e.key)).toEqual(['so_lanh_dao']);
    const good = qualityFromForm({ ten_xa: 'Xã A', so_lanh_dao: '10', so_cbccvc: '40', lanh_dao_dat_chuan: '9', chuyen_doi_so: '' });
    expect(good.ok && good.record.digitalTransformation).toBeNull();
    const state = qualityFormFromSearch(qualityFormToSearch({ training: AN_HUNG, year: 2027, values: { ten_xa: 'Xã A', so_lanh_dao: '10' } }), 2026);
    expect(state).toMatchObject({ training: { id: 'an-hung' }, year: 2027, values: { ten_xa: 'Xã A', so_lanh_dao: '10', so_cbccvc: '' } });
  });
});

describe('training trajectory (khoản 4 Mục II)', () => {
  it('spreads whole people over the years, larger shares first', () => {
    expect(spread(7, 3)).toEqual([3, 2, 2]);
    expect(spread(0, 4)).toEqual([0, 0, 0, 0]);
  });
  it('goes from today to 80% by 2030 and 100% by 2035', () => {
    const t = trainingTrajectory(25, 4, 2026, QD470_THAI_NGUYEN);
    expect(t.targets[2030].value).toBe(20);
    expect(t.targets[2035].value).toBe(25);
    expect(t.years.map((y) => [y.year, y.train, y.trained])).toEqual([
      [2027, 4, 8], [2028, 4, 12], [2029, 4, 16], [2030, 4, 20], [2031, 1, 21], [2032, 1, 22], [2033, 1, 23], [2034, 1, 24], [2035, 1, 25],
    ]);
    expect(t.targets[2030].why.clauses.map((c) => c.anchor)).toEqual(['ii-4']);
  });
  it('puts what is still missing after 2030 on the next year, with a note', () => {
    const t = trainingTrajectory(10, 2, 2031, QD470_THAI_NGUYEN);
    expect(t.years[0]).toEqual({ year: 2032, train: 6, trained: 8 });
    expect(t.years.slice(1)).toEqual([{ year: 2033, train: 1, trained: 9 }, { year: 2034, train: 1, trained: 10 }, { year: 2035, train: 0, trained: 10 }]);
    expect(t.notes[0]).toContain('Đã qua năm 2030');
  });
});

describe('quality calculator on files', () => {
  it.each([
    ['chat-luong.csv', { chatLuong: file('chat-luong.csv') }],
    ['can-bo.csv', { canBo: file('can-bo.csv') }],
  ])('recognises every header of the empty template %s: its only problem is having no data yet', (name, files) => {
    expect(computeQuality(files, options).issues).toEqual([
      { file: name, row: null, column: null, message: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.', severity: 'error' },
    ]);
  });

  it('joins the roster with chat-luong.csv: counts from the roster, names and satisfaction from the file', () => {
    const out = computeQuality({ chatLuong: file('vi-du-chat-luong.csv'), canBo: file('vi-du-can-bo.csv') }, options);
    expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const first = out.communes[0]!;
    expect(first.input).toMatchObject({ name: 'Xã Mỹ An Hưng', bases: { leaders: 3, staff: 6, records: 6 }, dttsCadres: 3, dttsTrained: 1 });
    const quality = communeQuality(first.input, DONG_THAP_NQ14);
    expect(quality.phases['2026-2028'].indicators.map((r) => [r.required, ...r.parts.flatMap((p) => [p.current, p.gap])])).toEqual([[3, 3, 0], [6, 6, 0, 1, 5, 5, 1], [6, 5, 1], [3, 2, 1, 3, 0]]);
    expect(first.laiChau).toBe(3);
    expect(communeTrajectory(first.input, 2026, QD470_THAI_NGUYEN)!.targets[2030].value).toBe(3);
    expect(out.communes[3]!.warnings).toEqual(['không có cán bộ nào trong danh sách can-bo.csv']);
    expect(parse(out.resultCsv)[4]![12]).toBe('không có cán bộ nào trong danh sách can-bo.csv');
    expect(out.candidates).toHaveLength(6);
    expect(out.listed).toBe(true);
  });

  it('gives the same results and list from workbooks (dates as dates, a percentage cell) as from the CSV files', async () => {
    const fromCsv = computeQuality({ chatLuong: file('vi-du-chat-luong.csv'), canBo: file('vi-du-can-bo.csv') }, options);
    const workbook = async (name: string, csv: string, build?: (sheet: ExcelJS.Worksheet) => void) => {
      const bytes = await workbookBytes([{ name: 'Trang 1', csv, titleRows: ['BÁO CÁO'] }], (wb) => build?.(wb.worksheets[0]!));
      return (await readWorkbooks({ f: { name, bytes: new Uint8Array(bytes) } })).f;
    };
    // The satisfaction column as Excel users often keep it: a fraction shown as a percentage.
    const asPercent = (sheet: ExcelJS.Worksheet) =>
      sheet.getColumn(13).eachCell((cell, row) => {
        if (row > 2 && typeof cell.value === 'string') {
          cell.value = Number(cell.value.replace(',', '.')) / 100;
          cell.numFmt = '0.0%';
        } else if (row > 2 && typeof cell.value === 'number') {
          cell.value = cell.value / 100;
          cell.numFmt = '0%';
        }
      });
    const fromXlsx = computeQuality(
      { chatLuong: await workbook('chat-luong.xlsx', csvText('vi-du-chat-luong.csv'), asPercent), canBo: await workbook('can-bo.xlsx', csvText('vi-du-can-bo.csv')) },
      options,
    );
    expect(fromXlsx.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(fromXlsx.communes).toEqual(fromCsv.communes);
    // The list names the row of each person in the file read: one title row above the header.
    expect(fromXlsx.candidates).toEqual(fromCsv.candidates.map((c) => ({ ...c, row: c.row + 1 })));
  });

  it('says which chat-luong.csv columns the roster replaces', () => {
    const out = computeQuality({ chatLuong: file('vi-du-chat-luong.csv'), canBo: file('vi-du-can-bo.csv') }, options);
    const note = out.issues.find((i) => i.file === 'vi-du-chat-luong.csv' && i.severity === 'warning')!;
    expect(note.message).toMatch(/^Các cột “Số lãnh đạo, quản lý”, .*“DTTS đã đào tạo, bồi dưỡng” không được dùng: các số đếm được lấy từ danh sách cán bộ/);
    expect(note.message).not.toContain('Tỷ lệ hài lòng');
  });

  it('reports a roster commune missing from chat-luong.csv and gives no results', () => {
    const roster = 'ma_xa,gioi_tinh,nam_sinh,dan_toc\n01,Nam,1980,Kinh\n99,Nữ,1990,Tày\n';
    const out = computeQuality({ chatLuong: file('vi-du-chat-luong.csv'), canBo: text('can-bo.csv', roster) }, options);
    expect(out.communes).toEqual([]);
    expect(out.issues).toContainEqual(expect.objectContaining({ file: 'can-bo.csv', row: 3, column: 'Mã xã', message: 'Mã xã “99” không có trong tệp chat-luong.csv.' }));
  });

  it('writes ket-qua-chat-luong.csv with csv.md’s columns first, in order', () => {
    const out = computeQuality({ chatLuong: file('vi-du-chat-luong.csv') }, options);
    const rows = parse(qualityResultCsv(out.communes, options));
    expect(out.resultCsv).toBe(qualityResultCsv(out.communes, options));
    expect(rows[0]!.slice(0, 13)).toEqual([
      'ma_xa', 'ten_xa', 'lanh_dao_dat_chuan_can_2028', 'lanh_dao_dat_chuan_can_2030', 'thanh_thao_so_can_2028', 'thanh_thao_so_can_2030',
      'ho_so_so_hoa_can_2028', 'ho_so_so_hoa_can_2030', 'boi_duong_chuyen_sau_can_2028', 'boi_duong_chuyen_sau_can_2030', 'hai_long_dat_2028', 'hai_long_dat_2030', 'canh_bao',
    ]);
    expect(rows[1]!.slice(0, 13)).toEqual(['01', 'Xã Mỹ An Hưng', '10', '10', '58', '60', '55', '60', '10', '10', 'không', 'không', '']);
    expect(rows[4]![10]).toBe('');
    expect(rows).toHaveLength(5);
  });

  it('writes the candidates list with names only into the user’s own file', () => {
    const out = computeQuality({ canBo: file('vi-du-can-bo.csv') }, options);
    const rows = parse(candidatesCsv(out.candidates));
    expect(rows[0]).toEqual(['ma_xa', 'ho_ten', 'dong', 'gioi_tinh', 'ngay_sinh', 'ngay_nghi_huu', 'nam_con_lai', 'thang_con_lai']);
    expect(rows[4]).toEqual(['02', 'Hoàng Thị Hà', '11', 'Nữ', '10/10/1975', '31/10/2035', '8', '11']);
    expect(out.communes.map((c) => c.input.name)).toEqual(['01', '02', '03']);
  });
});

describe('quota calculator with a roster', () => {
  it('takes cadre counts from the roster, population and quota from xa.csv', () => {
    const xa = 'ma_xa,ten_xa,dan_so,dan_so_dtts,bien_che\n01,Xã A,1000,400,20\n02,Xã B,1000,50,10\n03,Xã C,1000,600,30\n';
    const out = computeFromFiles({ xa: text('xa.csv', xa), canBo: file('vi-du-can-bo.csv') }, QD470_THAI_NGUYEN, () => {}, DAY);
    expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(out.results.map((r) => [r.code, r.current, r.targets[2030].minimum])).toEqual([['01', 3, 3], ['02', 3, 1], ['03', 3, 6]]);
    expect(out.results[0]!.targets[2030].trained).toBe(3);
  });
  it('says once that the cadre columns of xa.csv are not used when a roster is loaded', () => {
    const xa = 'ma_xa,ten_xa,dan_so,dan_so_dtts,bien_che,can_bo_dtts\n01,Xã A,1000,400,20,9\n02,Xã B,1000,50,10,\n03,Xã C,1000,600,30,1\n';
    const out = computeFromFiles({ xa: text('xa.csv', xa), canBo: file('vi-du-can-bo.csv') }, QD470_THAI_NGUYEN, () => {}, DAY);
    expect(out.results.map((r) => r.current)).toEqual([3, 3, 3]);
    expect(out.issues.filter((i) => i.severity === 'warning').map((i) => i.message)).toEqual([
      'Các cột “can_bo_dtts” không được dùng: số cán bộ được đếm từ danh sách cán bộ (can-bo.csv).',
    ]);
  });

  it('rejects roster communes missing from xa.csv', () => {
    const xa = 'ma_xa,ten_xa,dan_so,dan_so_dtts,bien_che\n01,Xã A,1000,400,20\n';
    const out = computeFromFiles({ xa: text('xa.csv', xa), canBo: file('vi-du-can-bo.csv') }, QD470_THAI_NGUYEN, () => {}, DAY);
    expect(out.results).toEqual([]);
    expect(out.issues.map((i) => i.message)).toContain('Mã xã “02” không có trong tệp xa.csv.');
  });
});

describe('indicators of several parts (Đồng Tháp, 2nd and 5th bullets)', () => {
  const [, digital, , training] = DONG_THAP_NQ14.indicators as [CountIndicator, CountIndicator, CountIndicator, CountIndicator];
  const commune = (current: Partial<QualityInput['current']>): QualityInput => ({
    code: '01',
    name: 'Xã A',
    bases: { leaders: 10, staff: 60, records: 60 },
    current: {
      lanh_dao_dat_chuan: 10, thanh_thao_so: 60, chuan_hoa_chuyen_mon: 60, nang_luc_thuc_thi: 60, ho_so_so_hoa: 60, boi_duong_chuyen_sau: 10, boi_duong_chuc_danh: 10,
      ...current,
    },
    satisfaction: rational(95),
    digitalTransformation: true,
    dttsCadres: null,
    dttsTrained: null,
  });

  it('names each indicator in full, every part in the plan’s words', () => {
    expect(digital.parts.map((p) => p.name)).toEqual([
      'sử dụng thành thạo hệ thống quản lý văn bản điện tử và dịch vụ công trực tuyến',
      'chuẩn hoá về chuyên môn',
      'năng lực thực thi công vụ đáp ứng theo yêu cầu nhiệm vụ mới',
    ]);
    expect(digital.name).toBe(
      'Cán bộ, công chức, viên chức cấp xã sử dụng thành thạo hệ thống quản lý văn bản điện tử và dịch vụ công trực tuyến; chuẩn hoá về chuyên môn; năng lực thực thi công vụ đáp ứng theo yêu cầu nhiệm vụ mới',
    );
    expect(training.parts.map((p) => p.id)).toEqual(['boi_duong_chuyen_sau', 'boi_duong_chuc_danh']);
    expect(training.name).toContain('được bồi dưỡng theo chức danh, cập nhật kiến thức, kỹ năng quản lý, quản trị hiện đại');
    expect(training.phases['2029-2030'].note).toContain('dấu chấm phẩy');
  });

  it('meets an indicator only when each part does', () => {
    const all = communeQuality(commune({}), DONG_THAP_NQ14).phases['2026-2028'].indicators[1]!;
    expect(all.met).toBe(true);
    // > 95% of 60 is 58: 57 performing is one short, though the other parts are met.
    const onePartShort = communeQuality(commune({ nang_luc_thuc_thi: 57 }), DONG_THAP_NQ14);
    const r = onePartShort.phases['2026-2028'].indicators[1]!;
    expect(r.parts.map((p) => [p.part.id, p.current, p.gap, p.met])).toEqual([
      ['thanh_thao_so', 60, 0, true], ['chuan_hoa_chuyen_mon', 60, 0, true], ['nang_luc_thuc_thi', 57, 1, false],
    ]);
    expect(r.met).toBe(false);
    expect(r.why.rule).toContain('Xã đạt chỉ tiêu khi từng phần đều đạt.');
    expect(unmetTargets(commune({ nang_luc_thuc_thi: 57 }), DONG_THAP_NQ14, '2026-2028')).toBe(1);
    expect(unmetTargets(commune({ boi_duong_chuc_danh: 9 }), DONG_THAP_NQ14, '2029-2030')).toBe(1);
    // A part not entered leaves the indicator unknown, unless another part already fails it.
    expect(communeQuality(commune({ chuan_hoa_chuyen_mon: null }), DONG_THAP_NQ14).phases['2026-2028'].indicators[1]!.met).toBeNull();
    expect(communeQuality(commune({ chuan_hoa_chuyen_mon: null, thanh_thao_so: 1 }), DONG_THAP_NQ14).phases['2026-2028'].indicators[1]!.met).toBe(false);
  });

  it('reads each part from chat-luong.csv and the form, no part above its base', () => {
    const csv = 'ma_xa,ten_xa,so_lanh_dao,so_cbccvc,chuan_hoa_chuyen_mon,nang_luc_thuc_thi,lanh_dao_boi_duong_chuc_danh\n01,Xã A,10,60,59,61,11\n';
    const { issues } = readChatLuongCsv(csv);
    expect(issues.map((i) => [i.row, i.column, i.message])).toEqual([
      // A file's columns are named as its header writes them.
      [2, 'nang_luc_thuc_thi', '“nang_luc_thuc_thi” (61) lớn hơn “so_cbccvc” (60).'],
      [2, 'lanh_dao_boi_duong_chuc_danh', '“lanh_dao_boi_duong_chuc_danh” (11) lớn hơn “so_lanh_dao” (10).'],
    ]);
    const good = readChatLuongCsv(csv.replace('61,11', '58,9')).communes[0]!;
    expect(good.current).toMatchObject({ chuan_hoa_chuyen_mon: 59, nang_luc_thuc_thi: 58, boi_duong_chuc_danh: 9, thanh_thao_so: null });
    const form = qualityFromForm({ ten_xa: 'Xã A', so_lanh_dao: '10', so_cbccvc: '60', chuan_hoa_chuyen_mon: '70' });
    expect(form.ok ? [] : form.errors).toEqual([
      { key: 'chuan_hoa_chuyen_mon', message: 'Chuẩn hoá về chuyên môn: “Chuẩn hoá về chuyên môn” (70) lớn hơn “Số cán bộ, công chức, viên chức” (60).' },
    ]);
    // The form is read as a one-row file headed by its labels: each must be one the file reader knows.
    const lookup = headerLookup(CHAT_LUONG_COLUMNS);
    for (const field of QUALITY_FIELDS) expect(lookup(field.label), field.label).toBe(field.key);
  });

  it('writes each part’s count after the columns that were there before', () => {
    const out = computeQuality({ chatLuong: file('vi-du-chat-luong.csv') }, options);
    const [header, first] = parse(out.resultCsv) as [string[], string[]];
    expect(header.slice(-5, -2)).toEqual(['chuan_hoa_chuyen_mon_hien_co', 'nang_luc_thuc_thi_hien_co', 'boi_duong_chuc_danh_hien_co']);
    expect(header.indexOf('chuan_hoa_chuyen_mon_hien_co')).toBeGreaterThan(header.indexOf('chua_dat_chuan_con_tren_6_nam'));
    expect(first.slice(header.indexOf('chuan_hoa_chuyen_mon_hien_co'), header.indexOf('boi_duong_chuc_danh_hien_co') + 1)).toEqual(['58', '57', '9']);
  });
});

describe('ket-qua-chat-luong.xlsx', () => {
  const about = { read: [], date: DAY, origin: 'https://kehoach.example.vn' };
  const book = (files: Parameters<typeof computeQuality>[0]) => qualityResultWorkbook(computeQuality(files, options).communes, options, about, new Date(0));
  const cell = (row: readonly unknown[], header: readonly { header: string }[], name: string) => row[header.findIndex((c) => c.header === name)];

  it('holds the CSV file’s figures under Vietnamese headers, yes/no written out, and names the rule sets and the reference date', () => {
    const { sheets } = book({ chatLuong: file('vi-du-chat-luong.csv') });
    const [results, info] = sheets as [NonNullable<typeof sheets[0]>, NonNullable<typeof sheets[0]>];
    expect(QUALITY_RESULT_XLSX_NAME).toBe('ket-qua-chat-luong.xlsx');
    expect(results.columns.slice(0, 3).map((c) => c.header)).toEqual(['Mã xã', 'Tên xã', 'Lãnh đạo đạt chuẩn: số cần đạt năm 2028']);
    const csv = parse(computeQuality({ chatLuong: file('vi-du-chat-luong.csv') }, options).resultCsv);
    expect(results.rows.map((row) => row.slice(0, -1).map((v) => (v === null ? '' : String(v))))).toEqual(csv.slice(1));
    expect(cell(results.rows[0]!, results.columns, 'Tỷ lệ hài lòng đạt mục tiêu năm 2028')).toMatch(/^(có|không)$/);
    expect(cell(results.rows[0]!, results.columns, 'Căn cứ')).not.toContain(LAI_CHAU_NQ05.clause.anchor);
    expect(info.rows).toContainEqual(['Bộ quy tắc', DONG_THAP_NQ14.name]);
    expect(info.rows).toContainEqual(['Bộ quy tắc', `Đào tạo cán bộ người dân tộc thiểu số: ${QD470_THAI_NGUYEN.name}`]);
    expect(info.rows).toContainEqual(['Ngày tham chiếu', '22/11/2026']);
    expect(info.rows.some((r) => r[0] === 'Bộ quy tắc' && String(r[1]).includes(LAI_CHAU_NQ05.name))).toBe(false);
  });

  it('adds Lai Châu’s rule and clause when a roster gives the list', () => {
    const { sheets } = book({ chatLuong: file('vi-du-chat-luong.csv'), canBo: file('vi-du-can-bo.csv') });
    const [results, info] = sheets as [NonNullable<typeof sheets[0]>, NonNullable<typeof sheets[0]>];
    expect(cell(results.rows[0]!, results.columns, 'Căn cứ')).toContain(`#${LAI_CHAU_NQ05.clause.anchor}`);
    expect(info.rows).toContainEqual(['Bộ quy tắc', `Cử đi đào tạo đại học: ${LAI_CHAU_NQ05.name}`]);
  });
});

describe('ket-qua-chat-luong.csv: rule sets and notes', () => {
  const column = (rows: string[][], name: string) => rows.slice(1).map((row) => row[rows[0]!.indexOf(name)]!);

  it('ends with the rule sets that made each row and every note beside its figures', () => {
    const rows = parse(computeQuality({ chatLuong: file('vi-du-chat-luong.csv') }, options).resultCsv);
    expect(rows[0]!.slice(-2)).toEqual(['bo_quy_tac', 'ghi_chu']);
    expect(new Set(column(rows, 'bo_quy_tac'))).toEqual(new Set([`${DONG_THAP_NQ14.name}; đào tạo cán bộ người dân tộc thiểu số: ${QD470_THAI_NGUYEN.name}`]));
    // The notes the "why" panels show beside any figure of a commune, each once.
    const q = communeQuality(readChatLuongCsv(readFileSync(join(import.meta.dirname, '../../../public/mau/vi-du-chat-luong.csv'), 'utf8')).communes[0]!, DONG_THAP_NQ14);
    const shown = [...new Set(Object.values(q.phases).flatMap((p) => [...p.indicators, p.satisfaction, p.digitalTransformation].flatMap((r) => r.why.notes)))];
    expect(new Set(qualityNotes(DONG_THAP_NQ14))).toEqual(new Set(shown));
    for (const notes of column(rows, 'ghi_chu')) for (const note of shown) expect(notes).toContain(note);
    expect(column(rows, 'ghi_chu')[0]).not.toContain(LAI_CHAU_NQ05.note);
  });

  it('adds the Lai Châu rule and its notes when a roster gives the list, the phase note outside 2026–2028', () => {
    const files = { chatLuong: file('vi-du-chat-luong.csv'), canBo: file('vi-du-can-bo.csv') };
    const inPhase = parse(computeQuality(files, options).resultCsv);
    expect(column(inPhase, 'bo_quy_tac')[0]).toContain(`cử đi đào tạo đại học: ${LAI_CHAU_NQ05.name}`);
    expect(column(inPhase, 'ghi_chu')[0]).toContain(LAI_CHAU_NQ05.note);
    expect(column(inPhase, 'ghi_chu')[0]).not.toContain('nằm ngoài giai đoạn');
    const later = { year: 2029, month: 10, day: 31 };
    const outside = parse(computeQuality(files, { ...options, reference: later }).resultCsv);
    expect(column(outside, 'ghi_chu')[0]).toContain(laiChauPhaseNote(later)!);
  });
});

describe('Đồng Tháp staffing: two horizons', () => {
  it('keeps the Sở Nội vụ’s 2026 target and the communes’ 2030 roadmap, each with its clause, both cited', () => {
    const { horizons, note } = DONG_THAP_NQ14.staffing;
    expect(horizons.map((h) => [h.year, h.body.split(' (')[0], h.clause.anchor])).toEqual([
      [2026, 'Sở Nội vụ', 'iii-2-2-2-1'],
      [2030, 'Ủy ban nhân dân các xã, phường', 'iii-2-2-1-3'],
    ]);
    for (const h of horizons) {
      expect(h.clause.numbers).toContain(String(h.year));
      expect(h.text).toContain(`năm ${h.year}`);
      expect(citedQualityClauses(DONG_THAP_NQ14)).toContain(h.clause);
    }
    expect(note).toContain('không thay cho mốc năm 2026');
  });
});

describe('Lai Châu list and its phase', () => {
  it('belongs to 2026–2028: a reference date outside it gets a note', () => {
    expect(LAI_CHAU_NQ05.phase).toEqual({ from: 2026, to: 2028 });
    expect(LAI_CHAU_NQ05.clause.numbers).toContain('2026 - 2028');
    expect(laiChauPhaseNote({ year: 2026, month: 1, day: 1 })).toBeNull();
    expect(laiChauPhaseNote({ year: 2028, month: 12, day: 31 })).toBeNull();
    expect(laiChauPhaseNote({ year: 2029, month: 1, day: 1 })).toBe(
      'Ngày tham chiếu 01/01/2029 nằm ngoài giai đoạn 2026–2028: gạch đầu dòng thứ 1 điểm 2.4 khoản 2 Mục II đặt việc cử cán bộ chưa đạt chuẩn (còn trên 06 năm công tác) đi đào tạo đại học trong giai đoạn này, nên danh sách chỉ để tham khảo.',
    );
    expect(laiChauPhaseNote({ year: 2025, month: 12, day: 31 })).toContain('31/12/2025');
  });
});
