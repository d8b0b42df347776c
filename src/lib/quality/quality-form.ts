/**
 * The one-commune form of the quality calculator: fields, URL state (so a link reproduces
 * the result), and validation, which is the chat-luong.csv validation (a one-row file).
 */
import { choiceParam, numberParam, queryCodec, stateFields } from '../core/url-state';
import { type FormField, type FormRead, type FormValues, fieldParams, formParams, hasInput as anyInput, readFormRow } from '../csv/form-row';
import { type QuotaRuleSet, ruleSetById } from '../quota/rules';
import { readChatLuongCsv } from './chat-luong-csv';
import type { QualityInput } from './input';

export const QUALITY_FIELDS: FormField[] = [
  { key: 'ten_xa', label: 'Tên xã', required: true, kind: 'text' },
  { key: 'so_lanh_dao', label: 'Số lãnh đạo, quản lý', hint: 'Cán bộ, công chức, viên chức lãnh đạo, quản lý cấp xã.', required: true },
  { key: 'lanh_dao_dat_chuan', label: 'Lãnh đạo, quản lý đạt chuẩn khung năng lực', required: false },
  { key: 'lanh_dao_boi_duong_chuyen_sau', label: 'Lãnh đạo, quản lý được bồi dưỡng chuyên sâu', hint: 'Bồi dưỡng các kỹ năng chuyên sâu theo lĩnh vực được phân công phụ trách.', required: false },
  { key: 'lanh_dao_boi_duong_chuc_danh', label: 'Lãnh đạo, quản lý được bồi dưỡng theo chức danh, cập nhật kiến thức', hint: 'Bồi dưỡng theo chức danh, cập nhật kiến thức, kỹ năng quản lý, quản trị hiện đại.', required: false },
  { key: 'so_cbccvc', label: 'Số cán bộ, công chức, viên chức', required: true },
  { key: 'thanh_thao_so', label: 'Thành thạo văn bản điện tử, dịch vụ công trực tuyến', hint: 'Sử dụng thành thạo hệ thống quản lý văn bản điện tử và dịch vụ công trực tuyến.', required: false },
  { key: 'chuan_hoa_chuyen_mon', label: 'Chuẩn hoá về chuyên môn', hint: 'Cán bộ, công chức, viên chức cấp xã đã chuẩn hoá về chuyên môn.', required: false },
  { key: 'nang_luc_thuc_thi', label: 'Năng lực thực thi công vụ đáp ứng yêu cầu nhiệm vụ mới', required: false },
  { key: 'so_ho_so', label: 'Số hồ sơ cán bộ', required: false },
  { key: 'ho_so_so_hoa', label: 'Hồ sơ đã số hóa', required: false },
  { key: 'ty_le_hai_long', label: 'Tỷ lệ hài lòng (%)', hint: 'Theo khảo sát hằng năm, ví dụ 87,5.', required: false, kind: 'percent' },
  { key: 'chuyen_doi_so', label: 'Chuyển đổi số trong quản lý cán bộ', required: false, kind: 'yesNo' },
  { key: 'can_bo_dtts', label: 'Cán bộ DTTS hiện có', hint: 'Cho lộ trình đào tạo (khoản 4 Mục II).', required: false },
  { key: 'dtts_da_dao_tao', label: 'DTTS đã đào tạo, bồi dưỡng', required: false },
];

export const TRAINING_RULES_PARAM = 'quy-tac';
export const YEAR_PARAM = 'nam';
/** The URL parameters of the form. */
export const QUALITY_PARAMS = [TRAINING_RULES_PARAM, YEAR_PARAM, ...fieldParams(QUALITY_FIELDS)];

export interface QualityFormState {
  training: QuotaRuleSet;
  /** The year today's trained count is at; the trajectory starts the year after. */
  year: number;
  values: FormValues;
}

/** A year outside 2000–2035 (or none) reads as `currentYear`. */
const qualityFormState = (currentYear: number) =>
  queryCodec(
    stateFields<QualityFormState>({
      training: choiceParam(TRAINING_RULES_PARAM, ruleSetById, (rules) => rules.id),
      year: numberParam(YEAR_PARAM, (year) => year >= 2000 && year <= 2035, currentYear),
      values: formParams(QUALITY_FIELDS),
    }),
  );

export const qualityFormFromSearch = (search: string, currentYear: number) => qualityFormState(currentYear).fromSearch(search);
/** Writing never uses the fallback year. */
export const qualityFormToSearch = (state: QualityFormState) => qualityFormState(state.year).toSearch(state);

export const hasQualityInput = (values: FormValues) => anyInput(QUALITY_FIELDS, values);

export function qualityFromForm(values: FormValues): FormRead<QualityInput> {
  return readFormRow(QUALITY_FIELDS, values, { ma_xa: 'xa' }, (text) => {
    const { communes, issues } = readChatLuongCsv(text, 'biểu mẫu');
    return { records: communes, issues };
  });
}
