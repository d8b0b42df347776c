/** What the quality calculator knows about one commune (one row of chat-luong.csv, or a roster's counts). */
import type { Rational } from '../math/rational';
import type { CountIndicator } from './rules';

export type QualityBase = CountIndicator['base'];

export interface QualityInput {
  /** ma_xa */
  code: string;
  /** ten_xa */
  name: string;
  /** so_lanh_dao, so_cbccvc, so_ho_so; null when not known. */
  bases: Record<QualityBase, number | null>;
  /** Current count per indicator (lanh_dao_dat_chuan, thanh_thao_so, ho_so_so_hoa, lanh_dao_boi_duong_chuyen_sau). */
  current: Record<CountIndicator['id'], number | null>;
  /** ty_le_hai_long */
  satisfaction: Rational | null;
  /** chuyen_doi_so */
  digitalTransformation: boolean | null;
  /** For the training trajectory (khoản 4 Mục II of the DTTS plans): can_bo_dtts, dtts_da_dao_tao. */
  dttsCadres: number | null;
  dttsTrained: number | null;
}
