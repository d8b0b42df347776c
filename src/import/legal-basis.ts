/**
 * The documents a plan implements or cites, from its subject line and the "Căn cứ …",
 * "Thực hiện …", "xét đề nghị của … tại Văn bản số …" paragraphs before its first clause:
 * kind, number, date, issuer and relation, each as written. Each is matched against the
 * documents the published plans already name (src/lib/documents.ts), so a document that
 * has a /van-ban/ page keeps it, spelt the way that page spells it.
 */
import { documentPath } from '../lib/core/paths';
import { documentSlug, issuerKey } from '../lib/documents';
import type { LegalBasis } from '../lib/plan-schema';
import type { Findings } from './findings';

export interface BasisDraft {
  kind: LegalBasis['kind'];
  number: string;
  /** ISO date, or null when the text gives none. */
  date: string | null;
  issuer: string;
  relation: LegalBasis['relation'];
  subject?: string;
}

/** What the report says of each document: its page, new or shared. */
export interface BasisLink {
  basis: BasisDraft;
  page: string;
  known: boolean;
}

const KINDS: Record<string, LegalBasis['kind']> = {
  'Quyết định': 'Quyết định',
  'Kế hoạch': 'Kế hoạch',
  'Chỉ thị': 'Chỉ thị',
  'Nghị quyết': 'Nghị quyết',
  'Văn bản': 'Văn bản',
  'Công văn': 'Văn bản',
  'Thông báo': 'Thông báo',
  'Quy định': 'Quy định',
};
const KIND = Object.keys(KINDS).join('|');
const NUMBER = String.raw`\d+(?:[/-][\p{L}\d]+)+`;
const DATE = String.raw`\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}`;
/** Where an issuer's name ends and the document's subject begins. */
const ISSUER_END = String.raw`(?=\s+(?:về|phê duyệt|ban hành|quy định|tại|triển khai|trên địa bàn)(?!\p{L})|[;,.(\n]|$)`;
const CITATION = new RegExp(String.raw`(${KIND})\s+(?:số\s+)?(${NUMBER})(?:,?\s+ngày\s+(${DATE}))?(?:\s+của\s+(.+?)${ISSUER_END})?`, 'gu');
const PROPOSAL = new RegExp(String.raw`đề nghị của\s+(.+?)\s+tại\s+(${KIND})\s+(?:số\s+)?(${NUMBER})(?:,?\s+ngày\s+(${DATE}))?`, 'gu');
const CITIES = new Set(['Hà Nội', 'Huế', 'Hải Phòng', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ']);

function isoDate(text: string | undefined): string | null {
  const m = text ? /(\d{1,2})(?:\/|\s+tháng\s+)(\d{1,2})(?:\/|\s+năm\s+)(\d{4})/u.exec(text) : null;
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : null;
}

/** The subject after the issuer: up to ";", "(", a new clause (", UBND tỉnh …") or "trên địa bàn". */
function subjectAfter(text: string, from: number): string | undefined {
  const rest = text.slice(from);
  const m = /^\s+((?:về|phê duyệt|ban hành|quy định)(?!\p{L})[^;(\n]*?)(?=\s*(?:;|\(|\n|,\s+\p{Lu}|\s+trên địa bàn|\.\s|\.?$))/u.exec(rest);
  return m?.[1]?.trim() || undefined;
}

/** The relation a citation has from the words before it in its sentence. */
function relationBefore(text: string, at: number, fallback: BasisDraft['relation']): BasisDraft['relation'] {
  const before = text.slice(0, at).split(/[;.\n]/u).at(-1)!.toLocaleLowerCase('vi');
  const last = [...before.matchAll(/căn cứ|thực hiện|triển khai|đề nghị/gu)].at(-1)?.[0];
  if (last === 'căn cứ') return 'căn cứ';
  if (last === 'đề nghị') return 'đề nghị';
  return last ? 'thực hiện' : fallback;
}

function citations(text: string, fallback: BasisDraft['relation']): { at: number; basis: BasisDraft }[] {
  const found: { at: number; basis: BasisDraft }[] = [];
  for (const m of text.matchAll(PROPOSAL)) {
    found.push({ at: m.index, basis: { kind: KINDS[m[2]!]!, number: m[3]!, date: isoDate(m[4]), issuer: m[1]!.trim(), relation: 'đề nghị' } });
  }
  for (const m of text.matchAll(CITATION)) {
    if (found.some((f) => f.basis.number === m[2])) continue;
    const subject = m[4] ? subjectAfter(text, m.index + m[0].length) : undefined;
    found.push({
      at: m.index,
      basis: { kind: KINDS[m[1]!]!, number: m[2]!, date: isoDate(m[3]), issuer: m[4]?.trim() ?? '', relation: relationBefore(text, m.index, fallback), ...(subject ? { subject } : {}) },
    });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** A Sở named without its place in a provincial plan is the province's own: "Sở Nội vụ" → "Sở Nội vụ tỉnh Thái Nguyên". */
function placed(issuer: string, province: string | null): string {
  if (!province || !/^Sở\s/u.test(issuer) || /(?<!\p{L})(tỉnh|thành phố)(?!\p{L})/u.test(issuer)) return issuer;
  return `${issuer} ${CITIES.has(province) ? 'thành phố' : 'tỉnh'} ${province}`;
}

export interface BasisSource {
  title: string;
  preamble: string;
  province: string | null;
  /** Every legalBasis entry of the plans already published. */
  published: readonly LegalBasis[];
}

export function readLegalBasis({ title, preamble, province, published }: BasisSource, found: Findings): { basis: BasisDraft[]; links: BasisLink[] } {
  const merged = new Map<string, BasisDraft>();
  for (const { basis } of [...citations(title, 'thực hiện'), ...citations(preamble, 'căn cứ')]) {
    const known = merged.get(basis.number);
    if (!known) merged.set(basis.number, basis);
    else {
      // The preamble names the issuer in full ("… khóa I") where the subject line is short.
      if (basis.issuer.length > known.issuer.length) known.issuer = basis.issuer;
      known.date ??= basis.date;
      known.subject ??= basis.subject;
    }
  }
  const basis = [...merged.values()].filter((b) => b.issuer).map((b) => ({ ...b, issuer: placed(b.issuer, province) }));
  const unnamed = [...merged.values()].filter((b) => !b.issuer);
  for (const b of unnamed) found.missing('legalBasis', `${b.kind} số ${b.number} không ghi cơ quan ban hành: chưa đưa vào, cần người ghi`);

  const links = basis.map((b) => linkToPublished(b, published));
  if (basis.length === 0) found.missing('legalBasis', 'không thấy văn bản nào được “căn cứ”, “thực hiện” ở trích yếu và phần mở đầu: cần người ghi (bản nháp chưa dựng được khi thiếu)');
  else if (!unnamed.length) {
    found.guessed('legalBasis', `${basis.length} văn bản từ trích yếu và phần mở đầu; quan hệ (căn cứ, thực hiện, đề nghị) theo từ đứng trước`);
  }
  if (basis.some((b) => b.subject)) found.guessed('legalBasis.subject', 'trích yếu của văn bản được dẫn, cắt theo câu');
  return { basis, links };
}

/**
 * The document's /van-ban/ page: one a published plan already gives it (same number and
 * date), taking that plan's spelling of kind and issuer so both name one document, or a new one.
 */
function linkToPublished(basis: BasisDraft, published: readonly LegalBasis[]): BasisLink {
  const slug = documentSlug({ number: basis.number, date: basis.date ? new Date(basis.date) : null });
  const same = published.find((p) => documentSlug(p) === slug && !p.slug);
  if (!same) return { basis, page: documentPath(slug), known: false };
  if (same.kind !== basis.kind || issuerKey(same.issuer) !== issuerKey(basis.issuer)) {
    basis.kind = same.kind;
    basis.issuer = same.issuer;
  }
  return { basis, page: documentPath(slug), known: true };
}
