/** The documents plans implement or cite: their addresses, one page per document, the counts by province and level. */
import { documentPath, documentProvincePath } from '../../src/lib/core/paths';
import { describe, expect, it } from 'vitest';
import {
  basisDocuments,
  countsByProvince,
  documentSlug,
  issuerKey,
  provinceDocuments,
  provincePlansByLevel,
  sharedDocuments,
  totalByLevel,
} from '../../src/lib/documents';
import { type LegalBasis, type PlanData, planSchema } from '../../src/lib/plan-schema';
import { valid } from '../support/plan-fixture';

const base: PlanData = planSchema.parse(valid);
const qd470 = base.legalBasis[0]!;
const kh162 = (issuer: string): LegalBasis => ({ kind: 'Kế hoạch', number: '162/KH-UBND', date: new Date('2026-05-05'), issuer, relation: 'thực hiện' });
const plan = (id: string, province: string, level: PlanData['level'], legalBasis: LegalBasis[] = [qd470]) => ({ id, data: { ...base, province, level, legalBasis } });

describe('documentSlug', () => {
  it('is the number and the date, folded to ASCII', () => {
    expect(documentSlug(qd470)).toBe('470-qd-ttg-2026-03-24');
    expect(documentSlug({ number: '14-NQ/TU', date: new Date('2026-04-14') })).toBe('14-nq-tu-2026-04-14');
    expect(documentSlug({ number: '1953/SNV-CCVC', date: null })).toBe('1953-snv-ccvc');
    expect(documentPath(documentSlug(qd470))).toBe('/van-ban/470-qd-ttg-2026-03-24/');
    expect(documentProvincePath('470-qd-ttg-2026-03-24', 'hai-phong')).toBe('/van-ban/470-qd-ttg-2026-03-24/tinh/hai-phong/');
  });

  it('is the slug an entry gives, when it gives one', () => {
    expect(documentSlug({ ...kh162('UBND tỉnh Thái Nguyên'), slug: '162-kh-ubnd-2026-05-05-thai-nguyen' })).toBe('162-kh-ubnd-2026-05-05-thai-nguyen');
  });

  it('refuses, in the schema, a slug that is not lower-case ASCII words', () => {
    const result = planSchema.safeParse({ ...valid, legalBasis: [{ ...valid.legalBasis[0], slug: 'QĐ 470' }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toContain('chữ thường không dấu');
  });
});

describe('issuerKey', () => {
  it('reads abbreviations, case and marks alike', () => {
    expect(issuerKey('UBND TP Hải Phòng')).toBe(issuerKey('Ủy ban nhân dân thành phố Hải Phòng'));
    expect(issuerKey('Uỷ ban nhân dân Thành phố Hải Phòng')).toBe(issuerKey('Ủy ban nhân dân thành phố Hải Phòng'));
    expect(issuerKey('UBND tỉnh Thái Nguyên')).not.toBe(issuerKey('UBND thành phố Hải Phòng'));
  });
});

describe('basisDocuments', () => {
  it('gathers each document once, with every plan that names it, in collection order', () => {
    const documents = basisDocuments([
      plan('tn', 'Thái Nguyên', 'tỉnh'),
      plan('ah', 'Hải Phòng', 'xã', [qd470, kh162('Ủy ban nhân dân thành phố Hải Phòng')]),
      plan('hb', 'Hải Phòng', 'xã', [kh162('UBND TP Hải Phòng')]),
    ]);
    expect(documents.map((d) => [d.slug, d.plans.map((p) => p.plan.id)])).toEqual([
      ['470-qd-ttg-2026-03-24', ['tn', 'ah']],
      ['162-kh-ubnd-2026-05-05', ['ah', 'hb']],
    ]);
    // Named as the first plan names it.
    expect(documents[1]!.basis.issuer).toBe('Ủy ban nhân dân thành phố Hải Phòng');
  });

  it('lists a plan that names a document twice once, with the relation it names first', () => {
    const [document] = basisDocuments([plan('tn', 'Thái Nguyên', 'tỉnh', [qd470, { ...qd470, relation: 'căn cứ' }])]);
    expect(document!.plans).toHaveLength(1);
    expect(document!.plans[0]!.relation).toBe('thực hiện');
  });

  it('keeps the same number on another day apart', () => {
    const other = { ...kh162('UBND tỉnh Thái Nguyên'), date: new Date('2026-07-01') };
    expect(basisDocuments([plan('a', 'Hải Phòng', 'xã', [kh162('UBND TP Hải Phòng')]), plan('b', 'Thái Nguyên', 'xã', [other])])).toHaveLength(2);
  });

  it('stops when two issuers’ documents would share one address, naming both plans and what to do', () => {
    const clash = () => basisDocuments([plan('ah', 'Hải Phòng', 'xã', [kh162('UBND TP Hải Phòng')]), plan('tn-xa', 'Thái Nguyên', 'xã', [kh162('UBND tỉnh Thái Nguyên')])]);
    expect(clash).toThrow(
      'Hai văn bản khác nhau cùng địa chỉ /van-ban/162-kh-ubnd-2026-05-05/: “Kế hoạch số 162/KH-UBND ngày 05/05/2026 của UBND TP Hải Phòng” (kế hoạch "ah") và “Kế hoạch số 162/KH-UBND ngày 05/05/2026 của UBND tỉnh Thái Nguyên” (kế hoạch "tn-xa", legalBasis[0]).',
    );
    expect(clash).toThrow('đặt cho văn bản sau một địa chỉ riêng (slug)');
    // The fix: the second document gets an address of its own; the first keeps its address.
    const fixed = basisDocuments([
      plan('ah', 'Hải Phòng', 'xã', [kh162('UBND TP Hải Phòng')]),
      plan('tn-xa', 'Thái Nguyên', 'xã', [{ ...kh162('UBND tỉnh Thái Nguyên'), slug: '162-kh-ubnd-2026-05-05-thai-nguyen' }]),
    ]);
    expect(fixed.map((d) => d.slug)).toEqual(['162-kh-ubnd-2026-05-05', '162-kh-ubnd-2026-05-05-thai-nguyen']);
  });

  it('stops on a number written two ways or another kind at one address, and on an address that cannot be one', () => {
    expect(() => basisDocuments([plan('a', 'Hải Phòng', 'xã'), plan('b', 'Hải Phòng', 'xã', [{ ...qd470, kind: 'Chỉ thị' }])])).toThrow('Hai văn bản khác nhau cùng địa chỉ /van-ban/470-qd-ttg-2026-03-24/');
    expect(() => basisDocuments([plan('a', 'Hải Phòng', 'xã', [{ ...qd470, number: '—', date: null }])])).toThrow('Kế hoạch "a", legalBasis[0]: văn bản số “—” không tạo được địa chỉ trang');
    expect(() => basisDocuments([plan('a', 'Hải Phòng', 'xã', [{ ...qd470, slug: 'tinh' }])])).toThrow('không tạo được địa chỉ trang');
  });
});

describe('grouping a document’s plans', () => {
  // 1,200 plans on QĐ 470: the province's own plan and its communes', in three provinces.
  const plans = [
    plan('tn', 'Thái Nguyên', 'tỉnh'),
    ...Array.from({ length: 700 }, (_, i) => plan(`tn-${i}`, 'Thái Nguyên', 'xã')),
    ...Array.from({ length: 498 }, (_, i) => plan(`hp-${i}`, 'Hải Phòng', 'xã')),
    plan('dt', 'Đồng Tháp', 'tỉnh', [{ ...qd470, relation: 'căn cứ' }, { kind: 'Nghị quyết', number: '14-NQ/TU', date: new Date('2026-04-14'), issuer: 'Tỉnh ủy', relation: 'thực hiện' }]),
  ];
  const documents = basisDocuments(plans);
  const qd = documents[0]!;

  it('counts plans by province, in the usual order, and by level', () => {
    const rows = countsByProvince(qd);
    expect(rows.map((r) => [r.province.name, r.levels.tỉnh, r.levels.xã, r.total])).toEqual([
      ['Đồng Tháp', 1, 0, 1],
      ['Hải Phòng', 0, 498, 498],
      ['Thái Nguyên', 1, 700, 701],
    ]);
    expect(totalByLevel(rows)).toEqual({ tỉnh: 2, xã: 1198 });
  });

  it('lists one province’s plans, the province’s first, then the communes’', () => {
    const groups = provincePlansByLevel(qd, 'Thái Nguyên');
    expect(groups.map((g) => [g.level, g.plans.length])).toEqual([['tỉnh', 1], ['xã', 700]]);
    expect(groups[1]!.plans.slice(0, 2).map((p) => p.plan.id)).toEqual(['tn-0', 'tn-1']);
    expect(provincePlansByLevel(qd, 'Lào Cai')).toEqual([]);
  });

  it('lists on /van-ban/ only the documents of more than one province, and each province’s documents on its own list', () => {
    expect(sharedDocuments(documents).map((d) => [d.document.slug, d.provinces])).toEqual([['470-qd-ttg-2026-03-24', 3]]);
    expect(provinceDocuments(documents, 'Đồng Tháp').map((d) => [d.document.slug, d.plans])).toEqual([
      ['470-qd-ttg-2026-03-24', 1],
      ['14-nq-tu-2026-04-14', 1],
    ]);
    expect(provinceDocuments(documents, 'Hải Phòng').map((d) => [d.document.slug, d.plans])).toEqual([['470-qd-ttg-2026-03-24', 498]]);
  });
});
