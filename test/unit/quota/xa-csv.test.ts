import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../../src/lib/csv/decode';
import { rational } from '../../../src/lib/math/rational';
import type { FileIssue } from '../../../src/lib/csv/issues';
import { headerLookup } from '../../../src/lib/csv/headers';
import { COMMUNE_FIELDS, communeFromForm } from '../../../src/lib/quota/commune-form';
import { XA_COLUMNS, readDanTocCsv, readDonViCsv, readXaCsv } from '../../../src/lib/quota/xa-csv';

const COLUMNS = [
  'ma_xa',
  'ten_xa',
  'dan_so',
  'dan_so_dtts',
  'ty_le_dtts',
  'bien_che',
  'can_bo_dtts',
  'lanh_dao_dtts',
  'nu_dtts',
  'nu_lanh_dao_dtts',
  'dtts_da_dao_tao',
] as const;
type XaRow = Partial<Record<(typeof COLUMNS)[number], string>>;

const DEFAULT_ROW: Required<XaRow> = {
  ma_xa: 'X01',
  ten_xa: 'Xã A',
  dan_so: '1.000',
  dan_so_dtts: '400',
  ty_le_dtts: '',
  bien_che: '20',
  can_bo_dtts: '3',
  lanh_dao_dtts: '1',
  nu_dtts: '1',
  nu_lanh_dao_dtts: '1',
  dtts_da_dao_tao: '2',
};

const csvLine = (cells: readonly string[]) => cells.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',');

/** An xa.csv with all columns, one row per argument: the default row with the given cells changed. */
function xaFile(...rows: XaRow[]): string {
  return [COLUMNS, ...rows.map((row) => COLUMNS.map((column) => row[column] ?? DEFAULT_ROW[column]))].map(csvLine).join('\n');
}

/** Issues as [row, column, severity, message], compact to compare. */
const issuesOf = (issues: FileIssue[]) => issues.map((issue) => [issue.row, issue.column, issue.severity, issue.message]);

function onlyIssue(text: string) {
  const { communes, issues } = readXaCsv(text);
  expect(issues).toHaveLength(1);
  if (issues[0]?.severity === 'error') expect(communes).toEqual([]);
  return issuesOf(issues)[0];
}

describe('readXaCsv: a valid file', () => {
  it('gives one CommuneInput per row, in file order', () => {
    const text = [
      'ma_xa,ten_xa,dan_so,dan_so_dtts,ty_le_dtts,bien_che,can_bo_dtts,lanh_dao_dtts,nu_dtts,nu_lanh_dao_dtts,dtts_da_dao_tao',
      'X01,Xã Đồng Hỷ,1.200,600,,20,3,1,2,1,3',
      'X02,Phường Tân Thịnh,4 000,1.300,"32,5",25,4,,,,',
      'X03,Xã Quân Chu,,,"12,5%",18,2,0,1,0,2',
    ].join('\r\n');
    const { communes, issues } = readXaCsv(text);
    expect(issues).toEqual([]);
    expect(communes).toEqual([
      {
        code: 'X01',
        name: 'Xã Đồng Hỷ',
        share: { kind: 'counts', dtts: 600, total: 1200 },
        staffQuota: 20,
        dttsCadres: 3,
        dttsLeaders: 1,
        dttsWomen: 2,
        dttsWomenLeaders: 1,
        dttsTrained: 3,
      },
      {
        code: 'X02',
        name: 'Phường Tân Thịnh',
        share: { kind: 'counts', dtts: 1300, total: 4000 },
        staffQuota: 25,
        dttsCadres: 4,
        dttsLeaders: null,
        dttsWomen: null,
        dttsWomenLeaders: null,
        dttsTrained: null,
      },
      {
        code: 'X03',
        name: 'Xã Quân Chu',
        share: { kind: 'percent', percent: rational(25, 2) },
        staffQuota: 18,
        dttsCadres: 2,
        dttsLeaders: 0,
        dttsWomen: 1,
        dttsWomenLeaders: 0,
        dttsTrained: 2,
      },
    ]);
  });

  it('accepts Vietnamese labels, ";" as delimiter, and only the required columns', () => {
    const text = 'Mã xã;Tên xã;Tỷ lệ DTTS (%);Biên chế được giao;Cán bộ DTTS hiện có\nX01;Xã A;12,5;20;3\n';
    const { communes, issues } = readXaCsv(text);
    expect(issues).toEqual([]);
    expect(communes).toMatchObject([{ code: 'X01', share: { kind: 'percent', percent: rational(25, 2) }, dttsLeaders: null }]);
  });

  it('uses the counts when a percentage agrees with them to the decimals written', () => {
    for (const ty_le_dtts of ['33,33', '33,3', '33', '33,333%']) {
      const { communes, issues } = readXaCsv(xaFile({ dan_so: '3', dan_so_dtts: '1', ty_le_dtts }));
      expect(issues).toEqual([]);
      expect(communes[0]?.share).toEqual({ kind: 'counts', dtts: 1, total: 3 });
    }
  });
});

describe('readXaCsv: every rule', () => {
  it('requires ma_xa', () => {
    expect(onlyIssue(xaFile({ ma_xa: '' }))).toEqual([2, 'ma_xa', 'error', 'Ô trống; cột này bắt buộc phải có giá trị.']);
  });

  it('requires ma_xa to be unique in the file', () => {
    expect(onlyIssue(xaFile({}, { ma_xa: 'X02' }, { ten_xa: 'Xã C' }))).toEqual([
      4,
      'ma_xa',
      'error',
      'Mã xã “X01” trùng với dòng 2; mỗi xã chỉ ghi một dòng.',
    ]);
  });

  it('requires ten_xa', () => {
    expect(onlyIssue(xaFile({ ten_xa: ' ' }))).toEqual([2, 'ten_xa', 'error', 'Ô trống; cột này bắt buộc phải có giá trị.']);
  });

  it('requires dan_so to be a whole number ≥ 0', () => {
    expect(onlyIssue(xaFile({ dan_so: '1.000,5' }))).toEqual([2, 'dan_so', 'error', '“1.000,5” không phải số nguyên.']);
    expect(onlyIssue(xaFile({ dan_so: '-1000', dan_so_dtts: '', ty_le_dtts: '10' }))).toEqual([
      2,
      'dan_so',
      'error',
      '“-1000” là số âm; số lượng phải từ 0 trở lên.',
    ]);
  });

  it('requires dan_so unless ty_le_dtts is given', () => {
    expect(readXaCsv(xaFile({ dan_so: '', dan_so_dtts: '', ty_le_dtts: '40' })).issues).toEqual([]);
    expect(issuesOf(readXaCsv(xaFile({ dan_so: '', dan_so_dtts: '', ty_le_dtts: '' })).issues)).toEqual([
      [2, 'dan_so', 'error', 'Ô trống; cần “dan_so” khi không ghi “ty_le_dtts”.'],
      [2, 'dan_so_dtts', 'error', 'Cần ghi “dan_so_dtts” hoặc “ty_le_dtts”; dòng này để trống cả hai.'],
    ]);
    expect(onlyIssue(xaFile({ dan_so_dtts: '', ty_le_dtts: '' }))).toEqual([
      2,
      'dan_so_dtts',
      'error',
      'Cần ghi “dan_so_dtts” hoặc “ty_le_dtts”; dòng này để trống cả hai.',
    ]);
    expect(onlyIssue(xaFile({ dan_so: '' }))).toEqual([
      2,
      'dan_so',
      'error',
      'Ô trống; cần “dan_so” để tính tỷ lệ từ “dan_so_dtts”.',
    ]);
  });

  it('requires dan_so_dtts to be within 0 … dan_so', () => {
    expect(onlyIssue(xaFile({ dan_so: '1.000', dan_so_dtts: '1.001' }))).toEqual([
      2,
      'dan_so_dtts',
      'error',
      '“dan_so_dtts” (1.001) lớn hơn “dan_so” (1.000).',
    ]);
    expect(onlyIssue(xaFile({ dan_so_dtts: '12,5' }))).toEqual([2, 'dan_so_dtts', 'error', '“12,5” không phải số nguyên.']);
  });

  it('requires ty_le_dtts to be a percentage within 0 … 100', () => {
    const percentOnly = { dan_so: '', dan_so_dtts: '' };
    expect(onlyIssue(xaFile({ ...percentOnly, ty_le_dtts: '100,5' }))).toEqual([
      2,
      'ty_le_dtts',
      'error',
      'Tỷ lệ phải từ 0 đến 100%; ô ghi “100,5”.',
    ]);
    expect(onlyIssue(xaFile({ ...percentOnly, ty_le_dtts: '-1' }))?.[3]).toBe('Tỷ lệ phải từ 0 đến 100%; ô ghi “-1”.');
    expect(onlyIssue(xaFile({ ...percentOnly, ty_le_dtts: 'khoảng 40' }))?.[3]).toContain('không phải là tỷ lệ phần trăm');
    expect(readXaCsv(xaFile({ ...percentOnly, ty_le_dtts: '100' })).issues).toEqual([]);
    expect(readXaCsv(xaFile({ ...percentOnly, ty_le_dtts: '0' })).issues).toEqual([]);
  });

  it('rejects a percentage that disagrees with the counts', () => {
    expect(onlyIssue(xaFile({ dan_so: '4.000', dan_so_dtts: '1.300', ty_le_dtts: '40' }))).toEqual([
      2,
      'ty_le_dtts',
      'error',
      'Tỷ lệ ghi trong tệp (40%) không khớp với “dan_so_dtts” ÷ “dan_so” = 1.300 ÷ 4.000 = 32,5%.',
    ]);
    expect(onlyIssue(xaFile({ dan_so: '3', dan_so_dtts: '1', ty_le_dtts: '33,4' }))?.[2]).toBe('error');
    expect(onlyIssue(xaFile({ dan_so: '3', dan_so_dtts: '1', ty_le_dtts: '34' }))?.[2]).toBe('error');
  });

  it('requires bien_che and can_bo_dtts as whole numbers ≥ 0', () => {
    expect(onlyIssue(xaFile({ bien_che: '' }))).toEqual([2, 'bien_che', 'error', 'Ô trống; cột này bắt buộc phải có giá trị.']);
    expect(onlyIssue(xaFile({ bien_che: '12,5' }))).toEqual([2, 'bien_che', 'error', '“12,5” không phải số nguyên.']);
    // An empty can_bo_dtts skips the checks that need it; only the empty cell is reported.
    expect(onlyIssue(xaFile({ can_bo_dtts: '' }))).toEqual([2, 'can_bo_dtts', 'error', 'Ô trống; cột này bắt buộc phải có giá trị.']);
    expect(onlyIssue(xaFile({ can_bo_dtts: 'ba', lanh_dao_dtts: '', nu_dtts: '', nu_lanh_dao_dtts: '', dtts_da_dao_tao: '' }))).toEqual([
      2,
      'can_bo_dtts',
      'error',
      '“ba” không phải là số.',
    ]);
  });

  it.each(['lanh_dao_dtts', 'nu_dtts', 'dtts_da_dao_tao'] as const)('requires %s ≤ can_bo_dtts', (column) => {
    expect(onlyIssue(xaFile({ can_bo_dtts: '3', nu_lanh_dao_dtts: '0', [column]: '4' }))).toEqual([
      2,
      column,
      'error',
      `“${column}” (4) lớn hơn “can_bo_dtts” (3).`,
    ]);
  });

  it('requires nu_lanh_dao_dtts ≤ lanh_dao_dtts and ≤ nu_dtts', () => {
    expect(onlyIssue(xaFile({ lanh_dao_dtts: '1', nu_dtts: '3', nu_lanh_dao_dtts: '2' }))).toEqual([
      2,
      'nu_lanh_dao_dtts',
      'error',
      '“nu_lanh_dao_dtts” (2) lớn hơn “lanh_dao_dtts” (1).',
    ]);
    expect(onlyIssue(xaFile({ lanh_dao_dtts: '3', nu_dtts: '1', nu_lanh_dao_dtts: '2' }))).toEqual([
      2,
      'nu_lanh_dao_dtts',
      'error',
      '“nu_lanh_dao_dtts” (2) lớn hơn “nu_dtts” (1).',
    ]);
    expect(onlyIssue(xaFile({ lanh_dao_dtts: '', nu_dtts: '', nu_lanh_dao_dtts: '4' }))).toEqual([
      2,
      'nu_lanh_dao_dtts',
      'error',
      '“nu_lanh_dao_dtts” (4) lớn hơn “can_bo_dtts” (3).',
    ]);
  });

  it('warns, without blocking, about more DTTS cadres than the staff quota', () => {
    const { communes, issues } = readXaCsv(xaFile({ bien_che: '2', can_bo_dtts: '3' }));
    expect(issuesOf(issues)).toEqual([
      [2, 'can_bo_dtts', 'warning', '“can_bo_dtts” (3) nhiều hơn “bien_che” (2); vẫn tính tiếp, đề nghị kiểm tra lại.'],
    ]);
    expect(communes).toHaveLength(1);
  });

  it('warns, without blocking, about a population of 0, using a written percentage if any', () => {
    const zero = readXaCsv(xaFile({ dan_so: '0', dan_so_dtts: '0' }));
    expect(issuesOf(zero.issues)).toEqual([[2, 'dan_so', 'warning', '“dan_so” bằng 0; đề nghị kiểm tra lại.']]);
    expect(zero.communes[0]?.share).toEqual({ kind: 'counts', dtts: 0, total: 0 });
    const withPercent = readXaCsv(xaFile({ dan_so: '0', dan_so_dtts: '0', ty_le_dtts: '40' }));
    expect(withPercent.communes[0]?.share).toEqual({ kind: 'percent', percent: rational(40) });
  });

  it('reports all problems at once, in row order, with file, row, column and reason, and gives no partial results', () => {
    const text = xaFile({}, { ma_xa: 'X02', bien_che: '12,5', dan_so_dtts: '2.000' }, { ma_xa: 'X01', lanh_dao_dtts: '9' }, { ma_xa: 'X04' });
    const { communes, issues } = readXaCsv(text, 'xa-2026.csv');
    expect(communes).toEqual([]);
    expect(issues.every((issue) => issue.file === 'xa-2026.csv')).toBe(true);
    expect(issuesOf(issues)).toEqual([
      [3, 'dan_so_dtts', 'error', '“dan_so_dtts” (2.000) lớn hơn “dan_so” (1.000).'],
      [3, 'bien_che', 'error', '“12,5” không phải số nguyên.'],
      [4, 'ma_xa', 'error', 'Mã xã “X01” trùng với dòng 2; mỗi xã chỉ ghi một dòng.'],
      [4, 'lanh_dao_dtts', 'error', '“lanh_dao_dtts” (9) lớn hơn “can_bo_dtts” (3).'],
    ]);
  });

  it('names columns by their header as written, and reports structural problems too', () => {
    const text = 'Mã xã,Tên xã,Dân số,Dân số DTTS,Biên chế được giao,Cán bộ DTTS hiện có\nX01,Xã A,100,10,5,\nX02,"Xã B,3,1,1,1\n';
    expect(issuesOf(readXaCsv(text).issues)).toEqual([
      [2, 'Cán bộ DTTS hiện có', 'error', 'Ô trống; cột này bắt buộc phải có giá trị.'],
      [3, null, 'error', expect.stringContaining('không được đóng')],
    ]);
  });

  it('reports a file over the limits alone, without column errors', () => {
    const header = [...COLUMNS, ...Array.from({ length: 200 }, (_, i) => `c${i}`)].join(',');
    expect(issuesOf(readXaCsv(`${header}\nX01`).issues)).toEqual([[1, null, 'error', 'Tệp có 211 cột; tối đa 200 cột.']]);
  });

  it('reports missing columns once, on the header row', () => {
    expect(issuesOf(readXaCsv('ma_xa,ten_xa,dan_so,bien_che,can_bo_dtts\nX01,A,100,5,1').issues)).toEqual([
      [1, null, 'error', 'Thiếu cột “Dân số DTTS” hoặc cột “Tỷ lệ DTTS (%)”: cần ít nhất một trong hai cột để biết tỷ lệ DTTS.'],
    ]);
    expect(issuesOf(readXaCsv('ma_xa,ten_xa,dan_so_dtts,bien_che,can_bo_dtts\nX01,A,10,5,1').issues)).toEqual([
      [1, 'Dân số', 'error', 'Thiếu cột “Dân số”: bắt buộc khi có cột “dan_so_dtts” hoặc không có cột “Tỷ lệ DTTS (%)”.'],
    ]);
    expect(issuesOf(readXaCsv('ma_xa,ten_xa,ty_le_dtts,can_bo_dtts\nX01,A,10,1').issues)).toEqual([
      [1, 'Biên chế được giao', 'error', 'Thiếu cột bắt buộc “Biên chế được giao” (bien_che).'],
    ]);
  });
});

/** UTF-16 with its BOM, as Excel's “Unicode text” writes it. */
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = littleEndian ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const pair = [unit & 0xff, unit >> 8];
    bytes.push(...(littleEndian ? pair : pair.reverse()));
  }
  return Uint8Array.from(bytes);
}

// Windows-1258 as Excel writes it: base letters precomposed, tone marks as combining bytes.
const CP1258_LETTERS: Record<string, number> = { Ă: 0xc3, ă: 0xe3, Â: 0xc2, â: 0xe2, Đ: 0xd0, đ: 0xf0, Ê: 0xca, ê: 0xea, Ô: 0xd4, ô: 0xf4, Ơ: 0xd5, ơ: 0xf5, Ư: 0xdd, ư: 0xfd };
const CP1258_TONES: Record<string, number> = { '\u0300': 0xcc, '\u0301': 0xec, '\u0303': 0xde, '\u0309': 0xd2, '\u0323': 0xf2 };

function windows1258(text: string): number[] {
  return [...text.normalize('NFC')].flatMap((ch) => {
    const letter = CP1258_LETTERS[ch];
    if (ch.charCodeAt(0) < 0x80) return [ch.charCodeAt(0)];
    if (letter !== undefined) return [letter];
    // NFD puts a dot below before a circumflex ("ộ" = o, dot below, circumflex), so look for the tone anywhere.
    const marks = [...ch.normalize('NFD')];
    const toneMark = marks.find((mark) => CP1258_TONES[mark] !== undefined);
    const tone = toneMark === undefined ? undefined : CP1258_TONES[toneMark];
    if (tone === undefined) throw new Error(`no Windows-1258 encoding for ${ch}`);
    return [...windows1258(marks.filter((mark) => mark !== toneMark).join('')), tone];
  });
}

describe('readXaCsv on decoded bytes', () => {
  const rows = [
    ['Mã xã', 'Tên xã', 'Dân số', 'Dân số DTTS', 'Biên chế được giao', 'Cán bộ DTTS hiện có', 'Lãnh đạo, quản lý DTTS'],
    ['X01', 'Xã Đồng Hỷ', '1.200', '600', '20', '3', '1'],
    ['X02', 'Phường Tân Thịnh', '4.000', '1.300', '25', '4', '0'],
  ];
  // Excel's "Unicode text" is tab-separated; its plain "CSV" is comma-separated.
  const tabText = rows.map((row) => row.join('\t') + '\r\n').join('');
  const commaText = rows.map((row) => csvLine(row) + '\r\n').join('');
  const expected = [
    { code: 'X01', name: 'Xã Đồng Hỷ', share: { kind: 'counts', dtts: 600, total: 1200 }, staffQuota: 20, dttsCadres: 3, dttsLeaders: 1 },
    { code: 'X02', name: 'Phường Tân Thịnh', share: { kind: 'counts', dtts: 1300, total: 4000 }, staffQuota: 25, dttsCadres: 4, dttsLeaders: 0 },
  ];

  it.each([
    ['UTF-16 LE', utf16(tabText, true)],
    ['UTF-16 BE', utf16(tabText, false)],
    ['Windows-1258', Uint8Array.from(windows1258(commaText))],
  ] as const)('reads %s', (encoding, bytes) => {
    const decoded = decodeCsvBytes(bytes);
    expect(decoded).toMatchObject({ ok: true, encoding });
    if (!decoded.ok) return;
    const { communes, issues } = readXaCsv(decoded.text);
    expect(issues).toEqual([]);
    expect(communes).toMatchObject(expected);
    // Messages name the columns in Vietnamese, as decoded.
    expect(issuesOf(readXaCsv(decoded.text.replace('1.300', '5.000')).issues)[0]?.[1]).toBe('Dân số DTTS');
  });

  it('the Windows-1258 fixture uses combining tone bytes, as Excel does', () => {
    expect(windows1258('Đồng Hỷ')).toEqual([0xd0, 0xf4, 0xcc, 0x6e, 0x67, 0x20, 0x48, 0x79, 0xd2]);
  });
});

describe('readDanTocCsv', () => {
  it('reads rows with official names whatever variant was written', () => {
    const text = 'ma_xa,dan_toc,dan_so,can_bo\nX01,Ê Đê,300,2\nX01,H’Mông,200,\nX02,khmer,1.500,4\n';
    const { rows, issues } = readDanTocCsv(text);
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { row: 2, code: 'X01', ethnicGroup: 'Ê-đê', population: 300, cadres: 2 },
      { row: 3, code: 'X01', ethnicGroup: 'Mông', population: 200, cadres: null },
      { row: 4, code: 'X02', ethnicGroup: 'Khơ-me', population: 1500, cadres: 4 },
    ]);
  });

  it('accepts a file without the optional can_bo column', () => {
    expect(readDanTocCsv('Mã xã;Dân tộc;Dân số\nX01;Tày;30').rows).toEqual([{ row: 2, code: 'X01', ethnicGroup: 'Tày', population: 30, cadres: null }]);
  });

  it('rejects unknown groups with a suggestion, Kinh, duplicates and bad numbers, giving no rows', () => {
    const text = 'ma_xa,dan_toc,dan_so,can_bo\nX01,Tàyy,300,2\nX01,Kinh,900,\nX02,Nùng,10,1\nX02,nung,5,\nX03,Dao,,1,5\n';
    const { rows, issues } = readDanTocCsv(text, 'dt.csv');
    expect(rows).toEqual([]);
    expect(issuesOf(issues)).toEqual([
      [2, 'dan_toc', 'error', 'Không có dân tộc “Tàyy” trong danh mục 54 dân tộc. Có phải “Tày”?'],
      [3, 'dan_toc', 'error', 'Kinh không phải dân tộc thiểu số; tệp này chỉ ghi các dân tộc thiểu số.'],
      [5, 'dan_toc', 'error', 'Dân tộc Nùng của xã “X02” đã có ở dòng 4.'],
      [6, null, 'error', 'Dòng này có 5 ô nhưng dòng tiêu đề có 4 cột. Có thể một ô chứa dấu phẩy mà không được đặt trong dấu ngoặc kép.'],
    ]);
    expect(issuesOf(readDanTocCsv('ma_xa,dan_toc,dan_so\nX01,Tày,').issues)).toEqual([
      [2, 'dan_so', 'error', 'Ô trống; cột này bắt buộc phải có giá trị.'],
    ]);
  });
});

describe('readDonViCsv', () => {
  it('reads public service units', () => {
    const text = 'ma_xa,ten_don_vi,so_nguoi,so_dtts,quan_ly_dtts\nX01,Trường Tiểu học Đồng Hỷ,40,14,1\nX01,Trạm Y tế xã,8,0,0\n';
    expect(readDonViCsv(text)).toEqual({
      rows: [
        { row: 2, code: 'X01', unitName: 'Trường Tiểu học Đồng Hỷ', staff: 40, dttsStaff: 14, dttsManagers: 1 },
        { row: 3, code: 'X01', unitName: 'Trạm Y tế xã', staff: 8, dttsStaff: 0, dttsManagers: 0 },
      ],
      issues: [],
    });
  });

  it('requires so_dtts ≤ so_nguoi and quan_ly_dtts ≤ so_dtts, and unique units', () => {
    const text =
      'Mã xã,Tên đơn vị,Số người làm việc,Số người DTTS,Số quản lý DTTS\nX01,Trường A,10,11,0\nX01,Trạm B,10,2,3\nX01,trường a,5,1,0\n';
    const { rows, issues } = readDonViCsv(text);
    expect(rows).toEqual([]);
    expect(issuesOf(issues)).toEqual([
      [2, 'Số người DTTS', 'error', '“Số người DTTS” (11) lớn hơn “Số người làm việc” (10).'],
      [3, 'Số quản lý DTTS', 'error', '“Số quản lý DTTS” (3) lớn hơn “Số người DTTS” (2).'],
      [4, 'Tên đơn vị', 'error', 'Đơn vị “trường a” của xã “X01” đã có ở dòng 2.'],
    ]);
  });
});

describe('the one-commune form', () => {
  it('is read as a one-row xa.csv headed by its labels, each one the reader knows', () => {
    const lookup = headerLookup(XA_COLUMNS);
    for (const field of COMMUNE_FIELDS) expect(lookup(field.label), field.label).toBe(field.key);
    // So a message about another field names it as the form does.
    const read = communeFromForm({ ten_xa: 'Xã A', dan_so: '100', dan_so_dtts: '10', bien_che: '10', can_bo_dtts: '2', nu_dtts: '3' });
    expect(read.ok ? [] : read.errors.map((e) => e.message)).toEqual(['Nữ DTTS: “Nữ DTTS” (3) lớn hơn “Cán bộ DTTS hiện có” (2).']);
  });
});
