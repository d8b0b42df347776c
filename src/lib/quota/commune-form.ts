/**
 * The one-commune form of the quota calculator: its fields, its state in the URL
 * (so a link reproduces the result on another machine), and its validation, which
 * is exactly the xa.csv validation (the form is read as a one-row xa.csv).
 */
import { toCsv } from '../csv/write';
import type { CommuneInput } from './input';
import { QUOTA_RULE_SETS, type QuotaRuleSet } from './rules';
import { readXaCsv } from './xa-csv';

export interface FormField {
  /** xa.csv column, also the URL parameter. */
  key: string;
  label: string;
  hint?: string;
  required: boolean;
}

export const COMMUNE_FIELDS: FormField[] = [
  { key: 'ten_xa', label: 'Tên xã', required: true },
  { key: 'dan_so', label: 'Dân số', hint: 'Tổng dân số của xã.', required: false },
  { key: 'dan_so_dtts', label: 'Dân số DTTS', hint: 'Số người dân tộc thiểu số. Nhập số này hoặc tỷ lệ bên dưới.', required: false },
  { key: 'ty_le_dtts', label: 'Tỷ lệ DTTS (%)', hint: 'Ví dụ 12,5. Chỉ cần khi không nhập dân số DTTS.', required: false },
  { key: 'bien_che', label: 'Biên chế được giao', required: true },
  { key: 'can_bo_dtts', label: 'Cán bộ DTTS hiện có', required: true },
  { key: 'lanh_dao_dtts', label: 'Lãnh đạo, quản lý DTTS', required: false },
  { key: 'nu_dtts', label: 'Nữ DTTS', required: false },
  { key: 'nu_lanh_dao_dtts', label: 'Nữ lãnh đạo, quản lý DTTS', required: false },
  { key: 'dtts_da_dao_tao', label: 'DTTS đã đào tạo, bồi dưỡng', required: false },
];

export const RULE_SET_PARAM = 'quy-tac';

export type FormValues = Record<string, string>;

export interface FormState {
  rules: QuotaRuleSet;
  values: FormValues;
}

export function ruleSetById(id: string | null): QuotaRuleSet {
  return QUOTA_RULE_SETS.find((r) => r.id === id) ?? QUOTA_RULE_SETS[0]!;
}

export function formFromSearch(search: string): FormState {
  const params = new URLSearchParams(search);
  const values: FormValues = {};
  for (const { key } of COMMUNE_FIELDS) values[key] = params.get(key) ?? '';
  return { rules: ruleSetById(params.get(RULE_SET_PARAM)), values };
}

export function formToSearch({ rules, values }: FormState): string {
  const params = new URLSearchParams({ [RULE_SET_PARAM]: rules.id });
  for (const { key } of COMMUNE_FIELDS) if (values[key]?.trim()) params.set(key, values[key]!.trim());
  return `?${params.toString()}`;
}

export function hasInput(values: FormValues): boolean {
  return COMMUNE_FIELDS.some(({ key }) => values[key]?.trim());
}

export type FormResult = { ok: true; commune: CommuneInput } | { ok: false; errors: { key: string | null; message: string }[] };

const FORM_CODE = 'xa';

export function communeFromForm(values: FormValues): FormResult {
  const header = ['ma_xa', ...COMMUNE_FIELDS.map((f) => f.key)];
  const row = [FORM_CODE, ...COMMUNE_FIELDS.map((f) => values[f.key]?.trim() ?? '')];
  const { communes, issues } = readXaCsv(toCsv([header, row]), 'biểu mẫu');
  // The one-row file's header is the column keys, so an issue's column is a field key.
  const fieldOf = (column: string | null) => COMMUNE_FIELDS.find((f) => f.key === column || f.label === column);
  const errors = issues
    .filter((i) => i.severity === 'error')
    .map((i) => {
      const field = fieldOf(i.column);
      return { key: field?.key ?? null, message: field ? `${field.label}: ${i.message}` : i.message };
    });
  if (errors.length || !communes[0]) return { ok: false, errors };
  // Warnings (more DTTS cadres than the quota, zero population) come back with the quota.
  return { ok: true, commune: communes[0] };
}
