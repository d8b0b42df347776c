/** What the quality calculator takes (one commune's figures, the rule sets and dates it runs with) and what it gives back per commune. */
import type { CalendarDate } from '../core/dates';
import type { Rational } from '../math/rational';
import type { QuotaRuleSet } from '../quota/rules';
import type { CountIndicator, PartId, PhaseId, QualityRuleSet } from './rules';

export type QualityBase = CountIndicator['base'];

/** One commune: one row of chat-luong.csv, or a roster's counts. */
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

export interface QualityOptions {
  rules: QualityRuleSet;
  training: QuotaRuleSet;
  /** The date years of service left and the training trajectory count from. */
  reference: CalendarDate;
  /** Birth dates after today are errors. */
  today: CalendarDate;
}

/**
 * One commune as the worker returns it: its figures, not the explained results, which
 * the page works out for the rows it shows (sending 8,000 explained communes from the
 * worker took the page's main thread most of a second).
 */
export interface CommuneResult {
  input: QualityInput;
  warnings: string[];
  /** Lai Châu: cadres to send for university training; null without a roster. */
  laiChau: number | null;
  /** Targets of each phase the figures show as not met (unmetTargets). */
  unmet: Record<PhaseId, number>;
}
