/**
 * A Word plan into the site's two files, in memory: the source of record
 * (content/sources/<slug>.txt) and a draft plan (content/plans/<slug>.mdx) whose
 * frontmatter is read or guessed from the document and whose body keeps its printed
 * numbering; with what was read, guessed and left for a person (the report). Writes
 * nothing: cli.ts does, once everything has been read.
 */
import type { ClauseText } from '../lib/obligations/clause-text';
import { foldVietnamese } from '../lib/core/fold';
import { readAppendix } from './appendix';
import { buildBody } from './body';
import type { PublishedPlan } from './collection';
import { Day, REVIEW, type YamlValue, draftMdx } from './draft-mdx';
import { ImportError } from './errors';
import { type Finding, Findings } from './findings';
import { readFooter } from './footer';
import { readHeader } from './header';
import { readIssuer } from './issuer';
import { type BasisDraft, type BasisLink, readLegalBasis } from './legal-basis';
import { type Noise, sourceText, toItems } from './lines';
import { splitParts } from './parts';
import { readDocx } from './read-docx';
import { type Suggestion, bodyClauses, suggestObligations } from './suggest';

export interface ImportOptions {
  /** The file's name, for messages. */
  fileName: string;
  slug?: string;
  /** The plans already published (content/plans/), for /van-ban/ pages and slugs in use. */
  published: readonly PublishedPlan[];
  /** The import's day (ISO), written as the draft's added, updated and status.checked. */
  today: string;
}

export interface ImportReport {
  fileName: string;
  slug: string;
  findings: Finding[];
  clauses: number;
  joins: string[];
  continued: string[];
  unknownNumbering: string[];
  basis: BasisLink[];
  noise: Noise[];
  suggestions: Suggestion[];
  unknownAgencies: string[];
}

export interface ImportResult {
  slug: string;
  source: string;
  draft: string;
  report: ImportReport;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const KIND_SHORT: Record<BasisDraft['kind'], string> = {
  'Quyết định': 'qd',
  'Kế hoạch': 'kh',
  'Chỉ thị': 'ct',
  'Nghị quyết': 'nq',
  'Văn bản': 'vb',
  'Thông báo': 'tb',
  'Quy định': 'qdi',
};
const slugWords = (text: string) => foldVietnamese(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The plan's address: place, number (or the document it implements), year; "thai-nguyen-128-kh-ubnd-2026". */
function slugOf(place: string, number: string | null, basis: readonly BasisDraft[], year: number | null): string {
  const implemented = basis.find((b) => b.relation === 'thực hiện') ?? basis[0];
  const id = number ?? (implemented ? `${KIND_SHORT[implemented.kind]} ${implemented.number}` : 'ke-hoach');
  return [place, id, year ? String(year) : ''].map(slugWords).filter(Boolean).join('-');
}

/** Notes the site prints where the source is blank or its numbering slips. */
function standardNotes(header: ReturnType<typeof readHeader>, sections: string[], provinceNote: string | undefined): string[] {
  const notes: string[] = [];
  const blankNumber = header.numberLine && !header.number;
  const blankDate = header.dateLine && !header.issueDate;
  if (blankNumber || blankDate) {
    const parts = [blankNumber ? `dòng số hiệu để trống (${JSON.stringify(header.numberLine)})` : '', blankDate ? `ngày, tháng ban hành để trống (${JSON.stringify(header.dateLine)})` : ''].filter(Boolean);
    notes.push(`Bản gốc là dự thảo: ${parts.join(' và ')}; trang giữ nguyên, không tự điền số và ngày.`);
  }
  if (!header.numberLine && !header.dateLine) {
    notes.push('Bản gốc không có phần đầu văn bản (số ký hiệu, địa danh và ngày tháng ban hành): không có dòng “Số: …” và dòng “…, ngày … tháng … năm …”.');
  }
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
  sections.forEach((numeral, i) => {
    if (sections.indexOf(numeral) !== i) notes.push(`Văn bản có hai mục cùng đánh số “${numeral}.”; trang giữ nguyên số thứ tự như bản gốc, mục thứ hai có liên kết riêng (#${numeral.toLowerCase()}_2).`);
    const before = sections[i - 1];
    const expected = before ? roman[roman.indexOf(before) + 1] : undefined;
    if (before && expected && numeral !== expected && numeral !== before && roman.indexOf(numeral) > roman.indexOf(before)) {
      notes.push(`Số thứ tự các mục của bản gốc nhảy từ Mục ${before} sang Mục ${numeral} (không có Mục ${expected}); trang giữ nguyên số “${numeral}” như bản gốc.`);
    }
  });
  if (provinceNote) notes.push(provinceNote.replace(/^Văn bản không ghi tên tỉnh ở phần đầu và khối chữ ký; t/u, 'Tên tỉnh không được ghi trong văn bản; t'));
  return notes;
}

/** The clause whose own words hold a phrase, by its citation label. */
const clauseFinder = (clauses: readonly ClauseText[]) => (phrase: string) => clauses.find((c) => c.body.includes(phrase))?.label ?? null;

export function importPlan(bytes: Uint8Array, options: ImportOptions): ImportResult {
  const { fileName, published, today } = options;
  const { items, noise } = toItems(readDocx(bytes, fileName));
  const parts = splitParts(items, fileName, noise);
  const found = new Findings();
  const header = readHeader(parts, found);
  const body = buildBody(parts.body);
  const { outline, clauses } = bodyClauses(body.markdown);
  const plainText = [header.title, ...parts.body.map((item) => (item.type === 'line' ? item.text : item.rows.flat().join(' '))), parts.closing?.text ?? ''].join('\n');
  const issuer = readIssuer({ header, preamble: body.preamble, text: plainText, clauseOf: clauseFinder(clauses) }, found);
  const footer = readFooter(parts.footer, found);
  const { appendix, unknownAgencies } = readAppendix(parts.appendix, noise, found);
  const { basis, links } = readLegalBasis({ title: header.title, preamble: body.preamble, province: issuer.province, published: published.flatMap((p) => p.legalBasis) }, found);
  const suggestions = suggestObligations(outline, clauses);

  const latestBasisYear = Math.max(0, ...basis.map((b) => (b.date ? Number(b.date.slice(0, 4)) : 0)));
  const year = header.year ?? (latestBasisYear || null);
  if (header.year) found.read('year', `năm trong dòng “${header.dateLine}”`);
  else if (year) found.guessed('year', `năm của văn bản được dẫn gần nhất (${year}): văn bản không ghi ngày tháng năm ban hành`);
  else found.missing('year', 'không xác định được năm ban hành');

  const draft = (header.numberLine && !header.number) || (header.dateLine && !header.issueDate);
  if (draft) found.read('status.kind', 'dự thảo: dòng số hiệu hoặc ngày tháng để trống');
  else found.guessed('status.kind', '“issued” (đã ban hành): kiểm tra văn bản còn hiệu lực, đã sửa đổi hay bị thay thế');
  for (const field of ['status.checked', 'added', 'updated']) found.guessed(field, `ngày nhập (${today}): sửa thành ngày đối chiếu, ngày đăng`);

  const family = /dân tộc thiểu số/iu.test(header.title) ? 'dtts' : 'chat-luong';
  found.guessed('family', family === 'dtts' ? 'trích yếu nói về cán bộ người dân tộc thiểu số' : 'trích yếu không nói về cán bộ người dân tộc thiểu số: nhóm chất lượng cán bộ cấp xã');
  const implemented = basis.find((b) => b.relation === 'thực hiện') ?? basis[0];
  const shortName = header.number ? `Kế hoạch số ${header.number}` : implemented ? `Kế hoạch thực hiện ${implemented.kind} số ${implemented.number}` : 'Kế hoạch';
  found.guessed('shortName', 'tên gọi tắt khi dẫn kế hoạch, theo số hiệu hoặc văn bản được thực hiện');
  found.read('docType', 'dòng “KẾ HOẠCH”');
  const closing = parts.closing?.content.replace(/\s+/g, ' ').trim();
  if (closing) found.read('closing', 'đoạn kết trước “Nơi nhận”');
  const notes = standardNotes(header, body.sections, issuer.provinceNote);
  found.guessed('notes', notes.length ? 'ghi chú soạn sẵn cho chỗ bản gốc để trống hay đánh số không liền; cần người đọc lại, thêm chỗ không thống nhất khác' : 'cần người ghi chỗ bản gốc để trống hay không thống nhất, nếu có');
  if (noise.length) found.guessed('removedNoise', `${noise.length} chỗ bỏ đi (dấu kiểm, chữ bị gạch, dòng tiêu đề bảng lặp lại, ký hiệu viết tay): cần người xem lại`);

  const commune = issuer.level === 'xã' ? /(?:xã|phường|đặc khu)\s+(.+)$/u.exec(issuer.issuer)?.[1] : undefined;
  const slug = options.slug ?? slugOf(commune ?? issuer.province ?? '', header.number, basis, year);
  if (!SLUG.test(slug) || slug === 'tinh') {
    throw new ImportError(`Địa chỉ kế hoạch “${slug}” không dùng được: chỉ gồm chữ thường không dấu, chữ số và dấu “-” (ví dụ “thai-nguyen-128-kh-ubnd-2026”); hãy ghi --slug.`);
  }
  if (published.some((p) => p.slug === slug)) throw new ImportError(`Đã có kế hoạch “${slug}” (content/plans/${slug}.mdx): bản nhập không ghi đè; hãy ghi --slug khác.`);
  found.guessed('slug', options.slug ? 'ghi theo --slug' : 'tạo từ nơi ban hành, số hiệu (hoặc văn bản được thực hiện) và năm; ghi --slug để đặt khác');
  found.read('source', `content/sources/${slug}.txt`);

  const marks = suggestions.filter((s) => s.mark);
  const excuses = suggestions.filter((s) => s.excuse);
  const frontmatter: Record<string, YamlValue | undefined> = {
    title: header.title,
    shortName,
    docType: 'Kế hoạch',
    number: header.number,
    numberLine: header.numberLine,
    issueDate: header.issueDate ? new Day(header.issueDate) : null,
    dateLine: header.dateLine,
    year,
    status: { kind: draft ? 'draft' : 'issued', checked: new Day(today) },
    added: new Day(today),
    updated: new Day(today),
    issuer: issuer.issuer,
    issuerShort: issuer.issuerShort,
    level: issuer.level,
    province: issuer.province ?? '',
    provinceInferred: issuer.provinceInferred,
    provinceNote: issuer.provinceNote,
    family,
    signer: { name: footer.signer.name, position: footer.signer.position, block: footer.signer.block },
    legalBasis: basis.map((b) => ({ kind: b.kind, number: b.number, date: b.date ? new Day(b.date) : null, issuer: b.issuer, relation: b.relation, subject: b.subject })),
    recipients: footer.recipients,
    drafterMark: footer.drafterMark,
    closing,
    notes,
    removedNoise: noise.map((n) => ({ text: n.text, reason: n.reason })),
    source: `${slug}.txt`,
    appendix: appendix ?? undefined,
    obligations: marks.map((s) => ({ ...s.mark! })),
    notObligations: excuses.map((s) => ({ clauses: [s.clause.id], reason: s.excuse! })),
  };

  const comments = new Map<string, string>();
  for (const f of found.list) if (f.how !== 'read' && f.field in frontmatter) comments.set(f.field, f.note);
  for (const f of found.list) if (f.how !== 'read' && f.field.includes('.') && !f.field.startsWith('legalBasis')) comments.set(f.field, f.note);
  links.forEach((link, i) => comments.set(`legalBasis.${i}`, `${link.known ? 'trang đã có' : 'trang mới'} ${link.page}`));
  marks.forEach((s, i) => comments.set(`obligations.${i}`, `gợi ý tự động (${s.clause.label}: ${s.why}); xác nhận, sửa, hoặc chuyển sang notObligations kèm lý do`));
  excuses.forEach((s, i) => comments.set(`notObligations.${i}`, `gợi ý tự động (${s.clause.label}: ${s.why})`));

  const opening = [
    `Bản nháp do lệnh “npm run plan:import” tạo từ tệp “${fileName}” ngày ${today}.`,
    `Mỗi dòng có “# ${REVIEW}” là phần máy đoán: đối chiếu với bản gốc, sửa nếu cần, rồi xoá ghi chú đó.`,
    'Nghĩa vụ gợi ý theo bộ dò của danh mục nghĩa vụ (src/lib/obligations/detect.ts), xem docs/import.md.',
  ];
  return {
    slug,
    source: sourceText(items),
    draft: draftMdx(opening, frontmatter, comments, body.markdown),
    report: {
      fileName,
      slug,
      findings: found.list,
      clauses: outline.length,
      joins: body.joins,
      continued: body.continued,
      unknownNumbering: body.unknownNumbering,
      basis: links,
      noise,
      suggestions,
      unknownAgencies,
    },
  };
}
