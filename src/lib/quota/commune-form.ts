/**
 * The one-commune form of the quota calculator: its fields, its state in the URL
 * (so a link reproduces the result on another machine), and its validation, which
 * is exactly the xa.csv validation (the form is read as a one-row xa.csv).
 */
import { choiceParam, queryCodec, stateFields } from '../core/url-state';
import { type FormField, type FormValues, fieldParams, formParams, hasInput as anyInput, readFormRow } from '../csv/form-row';
import type { CommuneInput } from './input';
import { type QuotaRuleSet, ruleSetById } from './rules';
import { readXaCsv } from './xa-csv';

export const COMMUNE_FIELDS: FormField[] = [
  { key: 'ten_xa', label: 'Tên xã', required: true, kind: 'text' },
  { key: 'dan_so', label: 'Dân số', hint: 'Tổng dân số của xã.', required: false },
  { key: 'dan_so_dtts', label: 'Dân số DTTS', hint: 'Số người dân tộc thiểu số. Nhập số này hoặc tỷ lệ bên dưới.', required: false },
  { key: 'ty_le_dtts', label: 'Tỷ lệ DTTS (%)', hint: 'Ví dụ 12,5. Chỉ cần khi không nhập dân số DTTS.', required: false, kind: 'percent' },
  { key: 'bien_che', label: 'Biên chế được giao', required: true },
  { key: 'can_bo_dtts', label: 'Cán bộ DTTS hiện có', required: true },
  { key: 'lanh_dao_dtts', label: 'Lãnh đạo, quản lý DTTS', required: false },
  { key: 'nu_dtts', label: 'Nữ DTTS', required: false },
  { key: 'nu_lanh_dao_dtts', label: 'Nữ lãnh đạo, quản lý DTTS', required: false },
  { key: 'dtts_da_dao_tao', label: 'DTTS đã đào tạo, bồi dưỡng', required: false },
];

export const RULE_SET_PARAM = 'quy-tac';
/** The URL parameters of the form. */
export const COMMUNE_PARAMS = [RULE_SET_PARAM, ...fieldParams(COMMUNE_FIELDS)];

export interface FormState {
  rules: QuotaRuleSet;
  values: FormValues;
}

const formState = queryCodec(
  stateFields<FormState>({
    rules: choiceParam(RULE_SET_PARAM, ruleSetById, (rules) => rules.id),
    values: formParams(COMMUNE_FIELDS),
  }),
);

export const formFromSearch = formState.fromSearch;
export const formToSearch = formState.toSearch;

export const hasInput = (values: FormValues) => anyInput(COMMUNE_FIELDS, values);

export type FormResult = { ok: true; commune: CommuneInput } | { ok: false; errors: { key: string | null; message: string }[] };

/** Warnings (more DTTS cadres than the quota, zero population) come back with the quota, not here. */
export function communeFromForm(values: FormValues): FormResult {
  const read = readFormRow(COMMUNE_FIELDS, values, { ma_xa: 'xa' }, (text) => {
    const { communes, issues } = readXaCsv(text, 'biểu mẫu');
    return { records: communes, issues };
  });
  return read.ok ? { ok: true, commune: read.record } : read;
}
