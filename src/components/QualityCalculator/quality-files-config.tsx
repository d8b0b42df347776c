/**
 * The quality calculator on files, as a configuration of the file-calculator shell:
 * chat-luong.csv and/or the roster can-bo.csv, the table of communes, each commune's detail
 * with its training trajectory, the Lai Châu list, and ket-qua-chat-luong.csv.
 */
import { formatCount as count } from '../../lib/csv/numbers';
import type { CalendarDate } from '../../lib/core/dates';
import { compareVi, formatDate } from '../../lib/core/vi-format';
import { type CommuneQuality, communeQuality } from '../../lib/quality/engine';
import type { CommuneResult } from '../../lib/quality/input';
import { QUALITY_ROSTER_NOTE, type QualityFilesResult } from '../../lib/quality/quality-files';
import { QUALITY_RESULT_FILE_NAME, QUALITY_RESULT_XLSX_NAME } from '../../lib/quality/result-csv';
import { DONG_THAP_NQ14, type PhaseId, citedQualityClauses } from '../../lib/quality/rules';
import { communeTrajectory } from '../../lib/quality/training';
import type { QuotaRuleSet } from '../../lib/quota/rules';
import type { Column, FileCalculatorConfig, ResultProps } from '../FileCalculator/config';
import { SPREADSHEET_ACCEPT } from '../FileTool/FileField';
import { LaiChauList } from './LaiChauList';
import { QualityResult } from './QualityResult';
import type { QualityTask } from './quality-worker';

export type QualityFileKey = 'chatLuong' | 'canBo';
/** What the results were computed with. */
export type QualityContext = { training: QuotaRuleSet; reference: CalendarDate };
/** A commune row as drawn: its figures explained (only for the rows on screen). */
type Shown = CommuneResult & { quality: CommuneQuality };

const cell = (n: number | null | undefined) => (n === null || n === undefined ? '—' : count(n));
const yes = (met: boolean | null) => (met === null ? '—' : met ? 'có' : 'không');
const phases = ({ quality }: Shown) => [quality.phases['2026-2028'], quality.phases['2029-2030']] as const;
const unmet = (phase: PhaseId) => (a: CommuneResult, b: CommuneResult) => a.unmet[phase] - b.unmet[phase];

/** One column per indicator of the Đồng Tháp plan: required in 2028 / 2030, and today's count of each part. */
const INDICATOR_COLUMNS: Column<CommuneResult, Shown>[] = DONG_THAP_NQ14.indicators.map((indicator, k) => ({
  id: indicator.id,
  header: `${indicator.shortName}: cần 2028 / 2030 (hiện có${indicator.parts.length > 1 ? ' từng phần' : ''})`,
  cell: (row) => {
    const [a, b] = phases(row).map((p) => p.indicators[k]!);
    return `${cell(a!.required)} / ${cell(b!.required)} (${a!.parts.map((p) => cell(p.current)).join('; ')})`;
  },
}));

function QualityDetail({ row, context }: ResultProps<QualityFilesResult, QualityContext, CommuneResult> & { row: CommuneResult }) {
  return (
    <QualityResult
      input={row.input}
      quality={communeQuality(row.input, DONG_THAP_NQ14)}
      warnings={row.warnings}
      trajectory={communeTrajectory(row.input, context.reference.year, context.training)}
      idPrefix="chi-tiet"
    />
  );
}

export const QUALITY_FILES: FileCalculatorConfig<QualityFileKey, QualityFilesResult, QualityContext, CommuneResult, Shown> = {
  ids: { files: 'tep-cl', results: 'ket-qua-tep-cl', detail: 'chi-tiet-xa-cl' },
  unit: 'xã',
  files: {
    fields: [
      { key: 'chatLuong', label: 'Số liệu chất lượng theo xã (chat-luong.csv)', hint: 'Mỗi dòng một xã.' },
      { key: 'canBo', label: 'Danh sách cán bộ (can-bo.csv)', hint: `Mỗi dòng một người. ${QUALITY_ROSTER_NOTE}` },
    ],
    accept: SPREADSHEET_ACCEPT,
    templates: ['chat-luong', 'can-bo'],
    examples: { chatLuong: 'vi-du-chat-luong.csv', canBo: 'vi-du-can-bo.csv' },
    missing: (chosen) =>
      chosen.chatLuong || chosen.canBo ? null : 'Chưa chọn tệp nào. Hãy chọn chat-luong.csv, danh sách cán bộ can-bo.csv, hoặc cả hai (có thể tải tệp mẫu ở trên).',
  },
  worker: {
    start: () => new Worker(new URL('./quality-worker.ts', import.meta.url), { type: 'module' }),
    mark: 'quality-files',
    batched: 'candidates',
  },
  rows: (result) => result.communes,
  table: {
    class: 'tool__table quality__communes',
    columns: [
      { id: 'code', header: 'Mã xã', sort: 'file', cell: (r) => r.input.code },
      { id: 'name', header: 'Tên xã', sort: (a, b) => compareVi(a.input.name, b.input.name), cell: 'name' },
      { id: 'unmet2028', header: 'Chỉ tiêu chưa đạt 2026–2028', sort: unmet('2026-2028'), cell: (r) => count(r.unmet['2026-2028']) },
      { id: 'unmet2030', header: 'Chỉ tiêu chưa đạt 2029–2030', sort: unmet('2029-2030'), cell: (r) => count(r.unmet['2029-2030']) },
      ...INDICATOR_COLUMNS,
      { id: 'satisfaction', header: 'Hài lòng đạt 2028 / 2030', cell: (r) => phases(r).map((p) => yes(p.satisfaction.met)).join(' / ') },
      { id: 'laiChau', header: 'Chưa đạt chuẩn, còn trên 6 năm', sort: (a, b) => (a.laiChau ?? -1) - (b.laiChau ?? -1), cell: (r) => cell(r.laiChau) },
      { id: 'warnings', header: 'Cảnh báo', cell: (r) => r.warnings.join('; ') },
    ],
    caption: (n, filtered) => (
      <>
        Số cần đạt theo từng giai đoạn (2026–2028 / 2029–2030) và hiện có; {count(n)} xã{filtered ? ' còn chỉ tiêu chưa đạt' : ''}.
        Bấm tiêu đề cột để sắp xếp, bấm tên xã để xem chi tiết, căn cứ và lộ trình đào tạo.
      </>
    ),
    filter: { label: 'Chỉ hiện xã còn chỉ tiêu chưa đạt', keep: (c) => c.unmet['2026-2028'] > 0 || c.unmet['2029-2030'] > 0 },
    code: (r) => r.input.code,
    name: (r) => r.input.name,
    view: (r) => ({ ...r, quality: communeQuality(r.input, DONG_THAP_NQ14) }),
  },
  detail: { label: 'Chi tiết', View: QualityDetail },
  report: ({ training, reference }) => ({
    rules: `${DONG_THAP_NQ14.name}; đào tạo: ${training.name}; ngày tham chiếu ${formatDate(reference)}`,
    clauses: [...citedQualityClauses(DONG_THAP_NQ14), training.training.clause],
  }),
  downloads: ({ result, context }, ask) => [
    { label: 'Tải kết quả (CSV)', fileName: QUALITY_RESULT_FILE_NAME, contents: () => result.resultCsv },
    {
      label: 'Tải kết quả (Excel)',
      fileName: QUALITY_RESULT_XLSX_NAME,
      contents: () =>
        ask<Blob>({
          kind: 'workbook',
          communes: result.communes,
          trainingId: context.training.id,
          reference: context.reference,
          about: { read: result.encodings, origin: location.origin },
        } satisfies QualityTask),
    },
  ],
  Views: LaiChauList,
  rerun: 'Tính lại với ngày tham chiếu mới',
};
