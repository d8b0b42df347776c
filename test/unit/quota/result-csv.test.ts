import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { rational } from '../../../src/lib/math/rational';
import { communeNotes, communeQuota, explainCommuneQuota } from '../../../src/lib/quota/engine';
import { commune } from '../../support/commune-fixture';
import { QUOTA_RESULT_COLUMNS, QUOTA_RESULT_FILE_NAME, quotaResultCsv, quotaResultRows } from '../../../src/lib/quota/result-csv';
import { AN_HUNG, QD470_THAI_NGUYEN, QUOTA_RULE_SETS } from '../../../src/lib/quota/rules';


const quota = (over: Parameters<typeof commune>[0]) => communeQuota(commune(over), QD470_THAI_NGUYEN);

/** The file as a spreadsheet reads it: BOM stripped, one record per row keyed by header. */
function readBack(csv: string): { header: string[]; records: Record<string, string>[] } {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { header: false, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header = [], ...rows] = parsed.data;
  return { header, records: rows.map((row) => Object.fromEntries(header.map((column, i) => [column, row[i] ?? '']))) };
}

const HEADER = [
  'ma_xa', 'ten_xa', 'ty_le_dtts', 'muc_toi_thieu', 'toi_thieu_2030', 'toi_thieu_2035', 'hien_co', 'thieu_2030',
  'thieu_2035', 'lanh_dao_toi_thieu_2030', 'lanh_dao_toi_thieu_2035', 'nu_toi_thieu_2030', 'nu_toi_thieu_2035',
  'dao_tao_toi_thieu_2030', 'dao_tao_toi_thieu_2035', 'canh_bao',
];

describe('ket-qua-chi-tieu-dtts.csv', () => {
  it('is named and has the columns of csv.md, in order, then the rule set and the notes', () => {
    expect(QUOTA_RESULT_FILE_NAME).toBe('ket-qua-chi-tieu-dtts.csv');
    expect(QUOTA_RESULT_COLUMNS).toEqual(HEADER);
    expect(quotaResultRows([], QD470_THAI_NGUYEN)).toEqual([[...HEADER, 'bo_quy_tac', 'ghi_chu']]);
    expect(readBack(quotaResultCsv([], QD470_THAI_NGUYEN)).header).toEqual([...HEADER, 'bo_quy_tac', 'ghi_chu']);
  });

  it('says which rule set made each row, and carries every note beside its figures', () => {
    for (const rules of QUOTA_RULE_SETS) {
      for (const dtts of [300, 700, 4000, 7000, 8000]) {
        const q = communeQuota(commune({ dtts, staffQuota: 40, dttsCadres: 9 }), rules);
        const [record] = readBack(quotaResultCsv([q], rules)).records;
        expect(record!.bo_quy_tac).toBe(rules.name);
        // Every note the "why" panels show beside any figure of the row, and nothing else.
        const why = explainCommuneQuota(q, rules);
        const shown = [...new Set(([2030, 2035] as const).flatMap((y) => Object.values(why[y]).flatMap((f) => f.why.notes)))];
        expect(communeNotes(q, rules), `${rules.id} ${dtts}`).toEqual(shown);
        for (const note of shown) expect(record!.ghi_chu).toContain(note);
        expect(record!.ghi_chu).toBe(shown.join(' '));
      }
    }
    // An Hưng: the borrowed roadmap; a commune above its own band: the borrowed band; exactly 70%: the boundary.
    const anHung = readBack(quotaResultCsv([communeQuota(commune({ dtts: 4000 }), AN_HUNG)], AN_HUNG)).records[0]!;
    expect(anHung.ghi_chu).toContain(AN_HUNG.roadmap.note);
    expect(anHung.ghi_chu).toContain(AN_HUNG.bands[2]!.note);
    expect(anHung.ghi_chu).toContain('“Mục 2 và điểm b Mục 3”');
    expect(readBack(quotaResultCsv([quota({ dtts: 7000 })], QD470_THAI_NGUYEN)).records[0]!.ghi_chu).toContain(QD470_THAI_NGUYEN.exactly70.note);
  });

  it('writes notes that each end a sentence, so they read one after another in one cell', () => {
    const all = QUOTA_RULE_SETS.flatMap((rules) => [300, 700, 4000, 7000].flatMap((dtts) => communeNotes(communeQuota(commune({ dtts }), rules), rules)));
    for (const note of all) expect(note, note).toMatch(/[.)”]$/);
  });

  it('writes every figure of a commune', () => {
    // 60% → 25% band; 40 staff: ⌈40 × 25% × 80%⌉ = 8, ⌈40 × 25%⌉ = 10; 7 cadres: gaps 1, 3;
    // leaders ⌈7 × 20% × 80%⌉ = ⌈1,12⌉ = 2, ⌈1,4⌉ = 2; women ⌈8 × 20%⌉ = 2, ⌈10 × 20%⌉ = 2; trained ⌈5,6⌉ = 6, 7
    const { records } = readBack(quotaResultCsv([quota({ code: 'X01', name: 'Xã Đồng Hỷ', dtts: 6000, staffQuota: 40, dttsCadres: 7 })], QD470_THAI_NGUYEN));
    expect(records).toEqual([
      {
        ma_xa: 'X01',
        ten_xa: 'Xã Đồng Hỷ',
        ty_le_dtts: '60.00',
        muc_toi_thieu: '25',
        toi_thieu_2030: '8',
        toi_thieu_2035: '10',
        hien_co: '7',
        thieu_2030: '1',
        thieu_2035: '3',
        lanh_dao_toi_thieu_2030: '2',
        lanh_dao_toi_thieu_2035: '2',
        nu_toi_thieu_2030: '2',
        nu_toi_thieu_2035: '2',
        dao_tao_toi_thieu_2030: '6',
        dao_tao_toi_thieu_2035: '7',
        canh_bao: '',
        bo_quy_tac: QD470_THAI_NGUYEN.name,
        ghi_chu: [QD470_THAI_NGUYEN.leaders.note, QD470_THAI_NGUYEN.women.note].join(' '),
      },
    ]);
  });

  it('writes the share with two decimals and “.”, rounded half up', () => {
    const shares = [
      quota({ dtts: 1, total: 3 }),
      quota({ dtts: 2, total: 3 }),
      quota({ dtts: 600, total: 10000 }),
      quota({ share: { kind: 'percent', percent: rational(125, 10) } }),
      quota({ dtts: 1, total: 800 }), // 0,125% → 0.13
    ];
    expect(readBack(quotaResultCsv(shares, QD470_THAI_NGUYEN)).records.map((r) => r.ty_le_dtts)).toEqual(['33.33', '66.67', '6.00', '12.50', '0.13']);
  });

  it('writes counts as plain integers, without thousands separators', () => {
    // 10% band, 12.345 staff: ⌈987,6⌉ = 988 in 2030, ⌈1.234,5⌉ = 1.235 in 2035
    const [record] = readBack(quotaResultCsv([quota({ dtts: 2000, staffQuota: 12345, dttsCadres: 1000 })], QD470_THAI_NGUYEN)).records;
    expect(record).toMatchObject({ muc_toi_thieu: '10', toi_thieu_2030: '988', toi_thieu_2035: '1235', hien_co: '1000', thieu_2035: '235' });
  });

  it('writes 0 targets and the reason for a commune below 5%', () => {
    const [record] = readBack(quotaResultCsv([quota({ dtts: 499, dttsCadres: 3 })], QD470_THAI_NGUYEN)).records;
    expect(record).toMatchObject({ muc_toi_thieu: '0', toi_thieu_2030: '0', toi_thieu_2035: '0', thieu_2030: '0', thieu_2035: '0' });
    expect(record?.canh_bao).toContain('dưới 5%');
  });

  it('joins warnings with “; ”', () => {
    const exactly70 = quota({ dtts: 7000, staffQuota: 5, dttsCadres: 6 });
    const [record] = readBack(quotaResultCsv([exactly70], QD470_THAI_NGUYEN)).records;
    expect(record?.muc_toi_thieu).toBe('35');
    expect(record?.canh_bao).toBe(
      'văn bản không quy định mức cho tỷ lệ đúng 70%; số cán bộ người dân tộc thiểu số hiện có lớn hơn biên chế được giao',
    );
  });

  it('keeps the input order', () => {
    const communes = ['X3', 'X1', 'X2'].map((code) => quota({ code }));
    expect(readBack(quotaResultCsv(communes, QD470_THAI_NGUYEN)).records.map((r) => r.ma_xa)).toEqual(['X3', 'X1', 'X2']);
  });

  it('neutralises names a spreadsheet would run as formulas, and keeps commas and quotes intact', () => {
    const names = ['=HYPERLINK("http://x.example","Bấm")', '-Xã', '+Xã', '@Xã', 'Xã "Mới", huyện Cũ'];
    const communes = names.map((name, i) => quota({ code: `X${i}`, name }));
    const namesBack = readBack(quotaResultCsv(communes, QD470_THAI_NGUYEN)).records.map((r) => r.ten_xa);
    expect(namesBack).toEqual([`'${names[0]}`, "'-Xã", "'+Xã", "'@Xã", 'Xã "Mới", huyện Cũ']);
  });
});
