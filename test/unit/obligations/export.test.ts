/** The register as files: an RFC 5545 calendar read back by ical.js, CSV for Excel, JSON. */
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REGISTER_CSV_COLUMNS, registerCsv, registerJson, rowsFromRegisterJson } from '../../../src/lib/obligations/export';
import { escapeText, foldLine, registerCalendar } from '../../../src/lib/obligations/ics';
import { parseCalendar } from '../../support/ics';
import { body, registerRow } from '../../support/obligation-fixture';

const ORIGIN = 'https://kehoach-canbo.example.vn';
const LONG_TASK =
  'Rà soát, đề xuất sửa đổi, bổ sung cơ chế, chính sách về tuyển dụng, đào tạo, sử dụng, quy hoạch, bổ nhiệm cán bộ người dân tộc thiểu số; báo cáo \\ kết quả';
const ROWS = [
  registerRow('pl-iv-4', 'Trước 01/11 hàng năm', { task: LONG_TASK, partners: { text: 'Sở, ban, ngành; UBND cấp xã', agencies: [body('so-ban-nganh-tinh'), body('ubnd-cap-xa')] } }),
  registerRow('pl-ii-1', 'Quý III/2026', { product: 'Khung chương trình bồi dưỡng' }),
  registerRow('pl-i-4', 'Sơ kết (năm 2028) Tổng kết (năm 2030)'),
  registerRow('ii-2-4-1', 'Giai đoạn năm 2026 - 2028'),
  registerRow('pl-i-1', 'Thường xuyên'),
  registerRow('pl-i-2', 'Hàng năm'),
  registerRow('iii-1-3', 'theo quy định'),
  registerRow('ii-3', 'Hoàn thành trong Quý III/2026', {
    rowId: 'nv-tn-ii-3-viec-2',
    part: 2,
    parts: 2,
    deadline: { text: 'Hoàn thành trong Quý III/2026', kind: 'once', due: '2026-09-30', condition: 'sau khi có quyết định giao biên chế chính thức' },
  }),
  registerRow('ii-2-1-4', '', {
    lead: { text: null, agencies: [] },
    directedBy: { clauseId: 'iii-2', clauseLabel: 'khoản 2 Mục III', quote: 'Ủy ban nhân dân tỉnh chỉ đạo' },
  }),
];

describe('calendar', () => {
  const text = registerCalendar(ROWS, { name: 'Nghĩa vụ: 128/KH-UBND', origin: ORIGIN });
  const { name, events } = parseCalendar(text);

  it('is valid RFC 5545 framing: CRLF, lines of at most 75 octets, one VCALENDAR', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.split('\r\n').some((line) => line.startsWith(' '))).toBe(true);
    expect(name).toBe('Nghĩa vụ: 128/KH-UBND');
  });

  it('has one event per dated deadline, with stable UIDs, and leaves out work with no date', () => {
    expect(events.map((e) => e.uid)).toEqual([
      'nv-tn-pl-iv-4@kehoach-canbo.example.vn',
      'nv-tn-pl-ii-1@kehoach-canbo.example.vn',
      'nv-tn-pl-i-4-1@kehoach-canbo.example.vn',
      'nv-tn-pl-i-4-2@kehoach-canbo.example.vn',
      'nv-tn-ii-2-4-1@kehoach-canbo.example.vn',
      'nv-tn-ii-3-viec-2@kehoach-canbo.example.vn',
    ]);
    expect(events.every((e) => e.dtstamp === '2026-01-01T00:00:00Z')).toBe(true);
  });

  describe('bytes', () => {
    afterEach(() => vi.useRealTimers());

    it('do not depend on the clock: a rebuild of the same plans is the same file', () => {
      vi.useFakeTimers();
      const at = (time: string) => {
        vi.setSystemTime(new Date(time));
        return registerCalendar(ROWS, { name: 'Nghĩa vụ: 128/KH-UBND', origin: ORIGIN });
      };
      expect(at('2026-11-22T04:05:06Z')).toBe(at('2031-02-03T23:59:59Z'));
    });
  });

  it('makes yearly reports yearly recurring all-day events from the plan year', () => {
    const yearly = events[0]!;
    expect(yearly).toMatchObject({ start: '2026-10-31', end: '2026-11-01', rrule: 'FREQ=YEARLY' });
    expect(events.slice(1).every((e) => e.rrule === null)).toBe(true);
    expect(events.slice(1).map((e) => e.start)).toEqual(['2026-09-30', '2028-12-31', '2030-12-31', '2028-12-31', '2026-09-30']);
  });

  it('escapes and folds text so it reads back exactly, Vietnamese intact', () => {
    const yearly = events[0]!;
    expect(yearly.summary).toBe('Hạn hằng năm: Sở Nội vụ (Thái Nguyên): Rà soát, đề xuất sửa đổi, bổ sung cơ chế, chính sách …');
    expect(yearly.description).toContain(`Nhiệm vụ: ${LONG_TASK}\n`);
    expect(yearly.description).toContain('Phối hợp: Sở, ban, ngành; UBND cấp xã\n');
    expect(yearly.description).toContain('Thời hạn: Trước 01/11 hàng năm\n');
    expect(yearly.url).toBe(`${ORIGIN}/ke-hoach/thai-nguyen-128-kh-ubnd-2026/#pl-iv-4`);
    expect(events.at(-1)!.description).toContain('Thời hạn: Hoàn thành trong Quý III/2026\nĐiều kiện: sau khi có quyết định giao biên chế chính thức\n');
  });

  it('escapes backslash, semicolon, comma and newline', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'ệ'.repeat(40)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
  });
});

describe('CSV and JSON', () => {
  it('writes CSV with a BOM, CRLF and one row per obligation, readable back', () => {
    const csv = registerCsv(ROWS, ORIGIN);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(Object.keys(rows[0]!)).toEqual([...REGISTER_CSV_COLUMNS]);
    expect(rows).toHaveLength(ROWS.length);
    expect(rows[0]).toMatchObject({
      ma_nghia_vu: 'nv-tn-pl-iv-4',
      chu_tri: 'Sở Nội vụ (Thái Nguyên)',
      phoi_hop: 'Các sở, ban, ngành tỉnh (Thái Nguyên); UBND cấp xã (Thái Nguyên)',
      thoi_han_theo_van_ban: 'Trước 01/11 hàng năm',
      hang_nam_ngay: '31/10',
      nhiem_vu: LONG_TASK,
      ma_co_quan_chu_tri: 'so-noi-vu.thai-nguyen',
      ma_co_quan_phoi_hop: 'so-ban-nganh-tinh.thai-nguyen; ubnd-cap-xa.thai-nguyen',
      nhiem_vu_thu: '1/1',
    });
    expect(rows[2]).toMatchObject({ han_chot: 'Sơ kết 2028-12-31; Tổng kết 2030-12-31' });
    expect(rows[6]).toMatchObject({ thoi_han_theo_van_ban: 'theo quy định', loai_thoi_han: 'Chưa chuẩn hóa được', chua_chuan_hoa: 'có' });
    expect(rows[7]).toMatchObject({ ma_nghia_vu: 'nv-tn-ii-3-viec-2', nhiem_vu_thu: '2/2', han_chot: '2026-09-30', dieu_kien: 'sau khi có quyết định giao biên chế chính thức' });
    expect(rows[8]).toMatchObject({ chu_tri: '', khong_neu_chu_tri_xem: 'khoản 2 Mục III: Ủy ban nhân dân tỉnh chỉ đạo' });
  });

  it('keeps the columns published before and adds the new ones after them', () => {
    expect(REGISTER_CSV_COLUMNS.slice(0, 16)).toEqual([
      'ma_nghia_vu', 'ke_hoach', 'dieu_khoan', 'lien_ket', 'nhiem_vu',
      'chu_tri', 'chu_tri_theo_van_ban', 'phoi_hop', 'phoi_hop_theo_van_ban', 'san_pham',
      'thoi_han_theo_van_ban', 'loai_thoi_han', 'bat_dau', 'han_chot', 'hang_nam_ngay', 'chua_chuan_hoa',
    ]);
  });

  it('writes JSON with each agency’s kind (id and canonical name, as before), body and place, and the clause link', () => {
    const json = JSON.parse(registerJson(ROWS.slice(0, 1), ORIGIN));
    expect(json[0]).toMatchObject({
      rowId: 'nv-tn-pl-iv-4',
      url: `${ORIGIN}/ke-hoach/thai-nguyen-128-kh-ubnd-2026/#pl-iv-4`,
      lead: { text: 'Sở Nội vụ', agencies: [{ id: 'so-noi-vu', name: 'Sở Nội vụ', body: 'so-noi-vu.thai-nguyen', jurisdiction: 'Thái Nguyên' }] },
      deadline: { text: 'Trước 01/11 hàng năm', kind: 'yearly', each: { month: 10, day: 31 } },
    });
  });

  it('reads its JSON back into the rows it was written from (a province page filters that file)', () => {
    expect(rowsFromRegisterJson(registerJson(ROWS, ORIGIN))).toEqual(ROWS);
    expect(() => rowsFromRegisterJson('{}')).toThrow(/danh sách/);
  });
});
