/**
 * The province-level forms of the quota calculator (the province, and Ban Dân tộc HĐND tỉnh or
 * Sở Dân tộc và Tôn giáo): their fields, their state in the URL (beside the one-commune form's,
 * so each field's parameter is named for its form) and their validation. As in xa.csv, a count
 * is a whole number from 0, and a part may not exceed its whole (women not more than DTTS
 * cadres); each message names the field.
 */
import { choiceParam, flagParam, queryCodec, stateFields } from '../core/url-state';
import { type FormError, type FormField, type FormValues, fieldParams, formParams, hasInput } from '../csv/form-row';
import { formatCount, parseCount } from '../csv/numbers';
import type { EthnicAffairsBodyInput, EthnicAffairsBodyKind, ProvinceQuotaInput } from './province';

/** A count field of the form; its key is the input's field name. */
export interface CountField<K extends string> extends FormField {
  key: K;
}

type ProvinceKey = keyof ProvinceQuotaInput;
type BodyKey = keyof Omit<EthnicAffairsBodyInput, 'kind' | 'hasDttsLeaderOrPipeline'>;

export const PROVINCE_FIELDS: readonly CountField<ProvinceKey>[] = [
  { key: 'staffQuota', param: 'tinh_bien_che', label: 'Biên chế được giao của cấp tỉnh', required: true },
  { key: 'dttsCadres', param: 'tinh_can_bo_dtts', label: 'Cán bộ người DTTS của tỉnh hiện có', required: true },
  { key: 'dttsLeaders', param: 'tinh_lanh_dao_dtts', label: 'Lãnh đạo, quản lý người DTTS của tỉnh hiện có', required: false },
  { key: 'dttsWomen', param: 'tinh_nu_dtts', label: 'Nữ người DTTS của tỉnh hiện có', required: false },
  { key: 'dttsWomenLeaders', param: 'tinh_nu_lanh_dao_dtts', label: 'Nữ lãnh đạo, quản lý người DTTS của tỉnh hiện có', required: false },
  { key: 'dttsTrained', param: 'tinh_dtts_da_dao_tao', label: 'Người DTTS của tỉnh đã đào tạo, bồi dưỡng', required: false },
];

export const BODY_FIELDS: readonly CountField<BodyKey>[] = [
  { key: 'base', param: 'co_quan_bien_che', label: 'Số thành viên (Ban Dân tộc) hoặc biên chế được giao (Sở)', required: true },
  { key: 'dttsCount', param: 'co_quan_nguoi_dtts', label: 'Số người DTTS hiện có trong cơ quan', required: true },
  { key: 'dttsWomen', param: 'co_quan_nu_dtts', label: 'Nữ người DTTS hiện có trong cơ quan', required: false },
  { key: 'dttsWomenLeaders', param: 'co_quan_nu_lanh_dao_dtts', label: 'Nữ người DTTS giữ chức danh hoặc được quy hoạch lãnh đạo, quản lý', required: false },
  { key: 'dttsTrained', param: 'co_quan_dtts_da_dao_tao', label: 'Người DTTS của cơ quan đã đào tạo, bồi dưỡng', required: false },
];

export interface ProvinceFormState {
  values: FormValues;
}

export interface BodyFormState {
  kind: EthnicAffairsBodyKind;
  /** At least one head, deputy or pipeline person is DTTS. */
  hasLeader: boolean;
  values: FormValues;
}

export const BODY_KIND_PARAM = 'co-quan';
export const BODY_LEADER_PARAM = 'co-quan-lanh-dao';
const BODY_KINDS: readonly EthnicAffairsBodyKind[] = ['ban-dan-toc', 'so-dan-toc-ton-giao'];

/** The URL parameters of each form. */
export const PROVINCE_PARAMS = fieldParams(PROVINCE_FIELDS);
export const BODY_PARAMS = [BODY_KIND_PARAM, BODY_LEADER_PARAM, ...fieldParams(BODY_FIELDS)];

const provinceFormState = queryCodec(stateFields<ProvinceFormState>({ values: formParams(PROVINCE_FIELDS) }));
export const provinceFormFromSearch = provinceFormState.fromSearch;
export const provinceFormToSearch = provinceFormState.toSearch;

/** An unknown or absent body kind reads as the first (Ban Dân tộc). */
const bodyKindById = (id: string | null) => BODY_KINDS.find((k) => k === id) ?? BODY_KINDS[0]!;
const bodyFormState = queryCodec(
  stateFields<BodyFormState>({
    kind: choiceParam(BODY_KIND_PARAM, bodyKindById, (kind) => kind),
    hasLeader: flagParam(BODY_LEADER_PARAM),
    values: formParams(BODY_FIELDS),
  }),
);
export const bodyFormFromSearch = bodyFormState.fromSearch;
export const bodyFormToSearch = bodyFormState.toSearch;

export const hasProvinceInput = (values: FormValues) => hasInput(PROVINCE_FIELDS, values);
export const hasBodyInput = (values: FormValues) => hasInput(BODY_FIELDS, values);

/** Which count may not exceed which: [part, whole]. */
const PROVINCE_LIMITS: [ProvinceKey, ProvinceKey][] = [
  ['dttsLeaders', 'dttsCadres'],
  ['dttsWomen', 'dttsCadres'],
  ['dttsWomenLeaders', 'dttsWomen'],
  ['dttsWomenLeaders', 'dttsLeaders'],
  ['dttsTrained', 'dttsCadres'],
];
const BODY_LIMITS: [BodyKey, BodyKey][] = [
  ['dttsWomen', 'dttsCount'],
  ['dttsWomenLeaders', 'dttsWomen'],
  ['dttsTrained', 'dttsCount'],
];

type CountsRead<K extends string> = { ok: true; counts: Partial<Record<K, number>> } | { ok: false; errors: FormError[] };

/** Reads the fields (keyed by field key in `values`); every error at once, each naming its field. */
function readCounts<K extends string>(fields: readonly CountField<K>[], values: FormValues, limits: readonly [K, K][]): CountsRead<K> {
  const counts: Partial<Record<K, number>> = {};
  const errors: FormError[] = [];
  const label = (key: K) => fields.find((f) => f.key === key)!.label;
  for (const field of fields) {
    const parsed = parseCount(values[field.key] ?? '');
    if (parsed === null) {
      if (field.required) errors.push({ key: field.key, message: `${field.label}: chưa nhập.` });
    } else if (!parsed.ok) errors.push({ key: field.key, message: `${field.label}: ${parsed.message}` });
    else counts[field.key] = parsed.value;
  }
  for (const [part, whole] of limits) {
    const [value, limit] = [counts[part], counts[whole]];
    if (value !== undefined && limit !== undefined && value > limit) {
      errors.push({ key: part, message: `${label(part)}: ${formatCount(value)} lớn hơn “${label(whole)}” (${formatCount(limit)}).` });
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, counts };
}

export function readProvinceForm(values: FormValues): { ok: true; input: ProvinceQuotaInput } | { ok: false; errors: FormError[] } {
  const read = readCounts(PROVINCE_FIELDS, values, PROVINCE_LIMITS);
  if (!read.ok) return read;
  const { staffQuota, dttsCadres, ...optional } = read.counts;
  return { ok: true, input: { staffQuota: staffQuota!, dttsCadres: dttsCadres!, ...optional } };
}

export function readBodyForm(
  values: FormValues,
  kind: EthnicAffairsBodyKind,
  hasDttsLeaderOrPipeline: boolean,
): { ok: true; input: EthnicAffairsBodyInput } | { ok: false; errors: FormError[] } {
  const read = readCounts(BODY_FIELDS, values, BODY_LIMITS);
  if (!read.ok) return read;
  const { base, dttsCount, ...optional } = read.counts;
  return { ok: true, input: { kind, hasDttsLeaderOrPipeline, base: base!, dttsCount: dttsCount!, ...optional } };
}
