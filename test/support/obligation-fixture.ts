/** A register row for tests, with only what a test cares about written out. */
import { normaliseDeadline } from '../../src/lib/obligations/deadline';
import type { RegisterRow } from '../../src/lib/obligations/register';

export function registerRow(clauseId: string, deadline: string, fields: Partial<RegisterRow> = {}): RegisterRow {
  return {
    rowId: `nv-tn-${clauseId}`,
    plan: 'thai-nguyen-128-kh-ubnd-2026',
    clauseId,
    clauseLabel: `điều khoản ${clauseId}`,
    task: `Nhiệm vụ ${clauseId}`,
    lead: { text: 'Sở Nội vụ', agencies: ['so-noi-vu'] },
    partners: { text: null, agencies: [] },
    product: null,
    deadline: normaliseDeadline(deadline),
    planLabel: '128/KH-UBND – UBND tỉnh Thái Nguyên',
    planYear: 2026,
    ...fields,
  };
}
