/** What the DTTS quota calculator needs to know about one commune (one row of xa.csv). */
import type { Rational } from '../math/rational';

/** The commune's ethnic-minority population share: from counts, or a percentage as given. */
export type DttsShare =
  | { kind: 'counts'; dtts: number; total: number }
  | { kind: 'percent'; percent: Rational };

export interface CommuneInput {
  /** ma_xa */
  code: string;
  /** ten_xa */
  name: string;
  share: DttsShare;
  /** bien_che: assigned staff quota (biên chế được giao). */
  staffQuota: number;
  /** can_bo_dtts: current ethnic-minority cadres. */
  dttsCadres: number;
  /** Optional counts; null when the file leaves them out. */
  dttsLeaders: number | null;
  dttsWomen: number | null;
  dttsWomenLeaders: number | null;
  dttsTrained: number | null;
}
