/**
 * Kinds of agency named in the plans, each under one canonical name (src/data/agencies.json),
 * so "Sở Nội vụ", "SỞ NỘI VỤ" and "Sở Nội vụ thành phố" are one kind. Which body of that
 * kind a plan means (whose Sở Nội vụ) is bodies.ts's business; finding them in a plan's
 * words is agency-match.ts's, which only the build and the importer need.
 */
import AGENCY_LIST from '../../data/agencies.json';

export interface Agency {
  id: string;
  name: string;
  /** The level of government it sits at; none for groups a plan names at its own level ("các cơ quan liên quan"). */
  level?: 'tỉnh' | 'xã';
}

export const AGENCIES: readonly Agency[] = AGENCY_LIST as Agency[];
const BY_ID = new Map(AGENCIES.map((a) => [a.id, a]));

export function agencyById(id: string): Agency | undefined {
  return BY_ID.get(id);
}

export function agencyName(id: string): string {
  return BY_ID.get(id)?.name ?? id;
}
