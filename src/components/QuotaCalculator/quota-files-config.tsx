/**
 * The quota calculator on files, as a configuration of the file-calculator shell: xa.csv
 * and optional companions, the table of communes, each commune's "why", the chart, and
 * ket-qua-chi-tieu-dtts.csv.
 */
import { formatPercent, formatCount as count } from '../../lib/csv/numbers';
import { compareVi } from '../../lib/core/vi-format';
import { compare } from '../../lib/math/rational';
import { citedClauses } from '../../lib/quota/clause-links';
import type { CommuneQuota } from '../../lib/quota/engine';
import { ROSTER_JOIN_NOTE, type QuotaFilesResult } from '../../lib/quota/quota-files';
import { QUOTA_RESULT_FILE_NAME, QUOTA_RESULT_XLSX_NAME, quotaResultCsv } from '../../lib/quota/result-csv';
import type { QuotaRuleSet } from '../../lib/quota/rules';
import type { FileCalculatorConfig } from '../FileCalculator/config';
import { SPREADSHEET_ACCEPT } from '../FileTool/FileField';
import { QuotaChart } from './QuotaChart';
import { QuotaDetail } from './QuotaDetail';
import type { QuotaTask } from './quota-worker';

export type QuotaFileKey = 'xa' | 'danToc' | 'donVi' | 'canBo';

const both = (r: CommuneQuota, key: 'leaders' | 'women' | 'trained') => `${count(r.targets[2030][key])} / ${count(r.targets[2035][key])}`;

export const QUOTA_FILES: FileCalculatorConfig<QuotaFileKey, QuotaFilesResult, QuotaRuleSet, CommuneQuota, CommuneQuota> = {
  ids: { files: 'tep', results: 'ket-qua-tep', detail: 'chi-tiet-xa' },
  unit: 'xã',
  files: {
    fields: [
      { key: 'xa', label: 'Danh sách xã (xa.csv)', hint: 'Bắt buộc. Mỗi dòng một xã.' },
      { key: 'danToc', label: 'Dân tộc theo xã (dan-toc.csv)', hint: 'Không bắt buộc. Để chia số tối thiểu theo từng dân tộc.' },
      { key: 'donVi', label: 'Đơn vị sự nghiệp công lập (don-vi.csv)', hint: 'Không bắt buộc. Để kiểm tra viên chức quản lý người DTTS.' },
      { key: 'canBo', label: 'Danh sách cán bộ (can-bo.csv)', hint: `Không bắt buộc. Mỗi dòng một người; thay cho việc tự đếm. ${ROSTER_JOIN_NOTE}` },
    ],
    accept: SPREADSHEET_ACCEPT,
    templates: ['xa', 'dan-toc', 'don-vi', 'can-bo'],
    examples: { xa: 'vi-du-xa.csv', danToc: 'vi-du-dan-toc.csv', donVi: 'vi-du-don-vi.csv' },
    missing: (chosen) => (chosen.xa ? null : 'Chưa chọn tệp xa.csv. Hãy chọn tệp danh sách xã (có thể tải tệp mẫu ở trên).'),
  },
  worker: {
    start: () => new Worker(new URL('./quota-worker.ts', import.meta.url), { type: 'module' }),
    mark: 'quota-files',
    batched: 'results',
  },
  rows: (result) => result.results,
  table: {
    class: 'tool__table tool__table--many',
    columns: [
      { id: 'code', header: 'Mã xã', sort: 'file', cell: (r) => r.code },
      { id: 'name', header: 'Tên xã', sort: (a, b) => compareVi(a.name, b.name), cell: 'name' },
      { id: 'share', header: 'Tỷ lệ DTTS', sort: (a, b) => compare(a.sharePercent, b.sharePercent), cell: (r) => formatPercent(r.sharePercent) },
      { id: 'level', header: 'Mức', cell: (r) => `${r.minimumPercent}%` },
      { id: 'minimum2030', header: 'Tối thiểu 2030', sort: (a, b) => a.targets[2030].minimum - b.targets[2030].minimum, cell: (r) => count(r.targets[2030].minimum) },
      { id: 'minimum2035', header: 'Tối thiểu 2035', cell: (r) => count(r.targets[2035].minimum) },
      { id: 'current', header: 'Hiện có', cell: (r) => count(r.current) },
      { id: 'gap2030', header: 'Thiếu 2030', sort: (a, b) => a.gaps[2030] - b.gaps[2030], cell: (r) => count(r.gaps[2030]) },
      { id: 'gap2035', header: 'Thiếu 2035', sort: (a, b) => a.gaps[2035] - b.gaps[2035], cell: (r) => count(r.gaps[2035]) },
      { id: 'leaders', header: 'Lãnh đạo 2030 / 2035', cell: (r) => both(r, 'leaders') },
      { id: 'women', header: 'Nữ 2030 / 2035', cell: (r) => both(r, 'women') },
      { id: 'trained', header: 'Đào tạo 2030 / 2035', cell: (r) => both(r, 'trained') },
      { id: 'warnings', header: 'Cảnh báo', cell: (r) => r.warnings.join('; ') },
    ],
    caption: (n, filtered) => (
      <>
        Số tối thiểu cán bộ người DTTS, lãnh đạo, nữ và đã đào tạo của từng xã; {count(n)} xã
        {filtered ? ' chưa đủ số tối thiểu năm 2030' : ''}. Bấm tiêu đề cột để sắp xếp.
      </>
    ),
    filter: { label: 'Chỉ hiện xã chưa đủ số tối thiểu năm 2030', keep: (r) => r.gaps[2030] > 0 },
    code: (r) => r.code,
    name: (r) => r.name,
    view: (r) => r,
  },
  detail: { label: 'Vì sao', View: QuotaDetail },
  report: (rules) => ({ rules: rules.name, clauses: citedClauses(rules) }),
  downloads: ({ rows, context, result }, ask) => [
    { label: 'Tải kết quả (CSV)', fileName: QUOTA_RESULT_FILE_NAME, contents: () => quotaResultCsv(rows, context) },
    {
      label: 'Tải kết quả (Excel)',
      fileName: QUOTA_RESULT_XLSX_NAME,
      contents: () => ask<Blob>({ kind: 'workbook', results: [...rows], rulesId: context.id, about: { read: result.encodings, origin: location.origin } } satisfies QuotaTask),
    },
  ],
  Views: QuotaChart,
};
