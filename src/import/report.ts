/**
 * The report printed after an import, in Vietnamese: what was read from the document,
 * what was guessed (check it), what needs a person (blank number or date, inferred
 * province, unknown numbering, clauses with a body but no time, agencies the catalogue
 * lacks), the obligation suggestions, and whether the draft builds.
 */
import type { Finding } from './findings';
import type { ImportReport } from './import-plan';

const list = (title: string, items: readonly string[]) => (items.length ? [title, ...items.map((item) => `  - ${item}`)] : []);
const finding = (f: Finding) => `${f.field}: ${f.note}`;

export function formatReport(report: ImportReport, build: readonly string[], files: readonly string[]): string {
  const by = (how: Finding['how']) => report.findings.filter((f) => f.how === how).map(finding);
  const marks = report.suggestions.filter((s) => s.mark);
  const excuses = report.suggestions.filter((s) => s.excuse);
  const bodyNoTime = marks.filter((s) => s.hasBody && !s.hasTime).map((s) => `${s.mark!.id} (${s.clause.label})`);
  const noBody = marks.filter((s) => !s.mark!.lead).map((s) => `${s.mark!.id} (${s.clause.label})`);
  return [
    `Nhập kế hoạch từ “${report.fileName}” → ${report.slug}`,
    ...files.map((file) => `  đã ghi ${file}`),
    `  ${report.clauses} điều khoản có liên kết; ${marks.length} nghĩa vụ gợi ý, ${excuses.length} điều khoản gợi ý không phải nghĩa vụ.`,
    '',
    ...list('Đọc từ văn bản:', by('read')),
    ...list('Đoán, cần kiểm tra (ghi “# XEM LẠI” trong bản nháp):', by('guessed')),
    ...list('Cần người điền hoặc xem:', by('missing')),
    ...list('Văn bản căn cứ, thực hiện (trang /van-ban/):', report.basis.map((l) => `${l.basis.kind} số ${l.basis.number} (${l.basis.relation}): ${l.known ? 'trang đã có' : 'trang mới'} ${l.page}`)),
    ...list('Đánh số không đọc được (cần người xem, không có liên kết riêng):', report.unknownNumbering),
    ...list('Đoạn nối lại vì bị ngắt trang (cần đối chiếu):', report.joins),
    ...list('Đoạn không đánh số xếp vào gạch đầu dòng đứng trước:', report.continued),
    ...list('Phần bỏ đi vì không thuộc văn bản (removedNoise):', report.noise.map((n) => `“${n.text}”: ${n.reason}`)),
    ...list('Cơ quan chưa có trong danh mục (src/data/agencies.json và agency-aliases.json), cần thêm trước khi đăng:', report.unknownAgencies),
    ...list('Điều khoản nêu cơ quan nhưng không nêu thời gian (xem có thời hạn ở phụ lục hay văn bản khác không):', bodyNoTime),
    ...list('Nghĩa vụ gợi ý chưa rõ cơ quan chủ trì (ghi lead, hay directingClause):', noBody),
    ...list(
      'Gợi ý nghĩa vụ (xác nhận từng dòng):',
      report.suggestions.map((s) => `${s.clause.id} (${s.clause.label}): ${s.why} → ${s.excuse ? 'không phải nghĩa vụ (đề mục)' : [s.mark!.lead && `chủ trì “${s.mark!.lead}”`, s.mark!.deadline && `thời hạn “${s.mark!.deadline}”`].filter(Boolean).join(', ') || 'nghĩa vụ'}`),
    ),
    '',
    build.length ? 'Bản nháp CHƯA dựng được trang; bản dựng sẽ dừng vì:' : 'Bản nháp dựng được trang (đã kiểm tra lược đồ, điều khoản, nghĩa vụ và trang /van-ban/).',
    ...build.map((problem) => `  - ${problem}`),
  ].join('\n');
}
