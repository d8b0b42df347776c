/** What the quality calculator knows about one commune (one row of chat-luong.csv, or a roster's counts). */
import type { Rational } from '../math/rational';
import type { CountIndicator, PartId } from './rules';

export type QualityBase = CountIndicator['base'];

export interface QualityInput {
  /** ma_xa */
  code: string;
  /** ten_xa */
  name: string;
  /** so_lanh_dao, so_cbccvc, so_ho_so; null when not known. */
  bases: Record<QualityBase, number | null>;
  /** Current count meeting each part of an indicator (chat-luong.csv's lanh_dao_dat_chuan, thanh_thao_so, chuan_hoa_chuyen_mon, …). */
  current: Record<PartId, number | null>;
  /** ty_le_hai_long */
  satisfaction: Rational | null;
  /** chuyen_doi_so */
  digitalTransformation: boolean | null;
  /** For the training trajectory (khoản 4 Mục II of the DTTS plans): can_bo_dtts, dtts_da_dao_tao. */
  dttsCadres: number | null;
  dttsTrained: number | null;
}
