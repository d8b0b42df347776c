/**
 * A roster counted per commune into the figures xa.csv and chat-luong.csv carry, so an
 * official can load one roster instead of counting by hand. A count that depends on a
 * yes/no column the roster lacks is null (unknown), not zero.
 */
import type { Cadre, RosterFlag } from './can-bo-csv';

export interface RosterCounts {
  code: string;
  /** First row of this commune in the roster, for messages. */
  firstRow: number;
  /** Every cadre: so_cbccvc, and so_ho_so (one record per cadre). */
  cadres: number;
  /** so_lanh_dao */
  leaders: number | null;
  /** lanh_dao_dat_chuan: leaders meeting the competency framework. */
  leadersQualified: number | null;
  /** lanh_dao_boi_duong_chuyen_sau */
  leadersDeepTrained: number | null;
  /** lanh_dao_boi_duong_chuc_danh: leaders trained for their post, knowledge updated. */
  leadersTitleTrained: number | null;
  /** thanh_thao_so */
  digitalSkills: number | null;
  /** chuan_hoa_chuyen_mon: cadres meeting the professional-qualification standard (dat_chuan_trinh_do). */
  professionallyStandard: number | null;
  /** nang_luc_thuc_thi */
  performing: number | null;
  /** ho_so_so_hoa */
  recordsDigitised: number | null;
  /** can_bo_dtts, lanh_dao_dtts, nu_dtts, nu_lanh_dao_dtts, dtts_da_dao_tao */
  dtts: number;
  dttsLeaders: number | null;
  dttsWomen: number;
  dttsWomenLeaders: number | null;
  dttsTrained: number | null;
}

/** A count plus one yes/no: unknown when either is. */
const add = (value: number | null, yes: boolean | null) => (value === null || yes === null ? null : value + (yes ? 1 : 0));

/**
 * Counts per commune, communes in the order they first appear in the roster, taken in
 * one cadre at a time as the roster is read (readCanBoCsv), so the roster is never kept whole.
 */
export class RosterCounter {
  readonly counts = new Map<string, RosterCounts>();
  /** The commune of the last cadre: a roster lists a commune's cadres together, so a commune is looked up only when it changes. */
  private last: RosterCounts | undefined;

  add(c: Cadre): void {
    let counts = this.last?.code === c.code ? this.last : this.counts.get(c.code);
    if (!counts) {
      const known = (flag: RosterFlag) => (c.flags[flag] === null ? null : 0);
      counts = {
        code: c.code,
        firstRow: c.row,
        cadres: 0,
        leaders: known('lanh_dao'),
        leadersQualified: c.flags.lanh_dao === null ? null : known('dat_chuan_khung_nang_luc'),
        leadersDeepTrained: c.flags.lanh_dao === null ? null : known('boi_duong_chuyen_sau'),
        leadersTitleTrained: c.flags.lanh_dao === null ? null : known('boi_duong_chuc_danh'),
        digitalSkills: known('thanh_thao_so'),
        professionallyStandard: known('dat_chuan_trinh_do'),
        performing: known('nang_luc_thuc_thi'),
        recordsDigitised: known('ho_so_so_hoa'),
        dtts: 0,
        dttsLeaders: known('lanh_dao'),
        dttsWomen: 0,
        dttsWomenLeaders: known('lanh_dao'),
        dttsTrained: known('da_dao_tao'),
      };
      this.counts.set(c.code, counts);
    }
    this.last = counts;
    const f = c.flags;
    const leader = f.lanh_dao;
    counts.cadres += 1;
    counts.leaders = add(counts.leaders, leader);
    // A leader who meets it: unknown when either column is missing.
    const leaderWho = (flag: RosterFlag) => (leader === null || f[flag] === null ? null : leader && f[flag]);
    counts.leadersQualified = add(counts.leadersQualified, leaderWho('dat_chuan_khung_nang_luc'));
    counts.leadersDeepTrained = add(counts.leadersDeepTrained, leaderWho('boi_duong_chuyen_sau'));
    counts.leadersTitleTrained = add(counts.leadersTitleTrained, leaderWho('boi_duong_chuc_danh'));
    counts.digitalSkills = add(counts.digitalSkills, f.thanh_thao_so);
    counts.professionallyStandard = add(counts.professionallyStandard, f.dat_chuan_trinh_do);
    counts.performing = add(counts.performing, f.nang_luc_thuc_thi);
    counts.recordsDigitised = add(counts.recordsDigitised, f.ho_so_so_hoa);
    if (c.minority) {
      const woman = c.sex === 'nu';
      counts.dtts += 1;
      counts.dttsLeaders = add(counts.dttsLeaders, leader);
      if (woman) counts.dttsWomen += 1;
      counts.dttsWomenLeaders = add(counts.dttsWomenLeaders, leader === null ? null : leader && woman);
      counts.dttsTrained = add(counts.dttsTrained, f.da_dao_tao);
    }
  }
}
