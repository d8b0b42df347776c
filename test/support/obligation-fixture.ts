/** A register row for tests, with only what a test cares about written out. */
import type { BodyRef } from '../../src/lib/obligations/bodies';
import { normaliseDeadline } from '../../src/lib/obligations/deadline';
import type { RegisterRow } from '../../src/lib/obligations/register';

/** A body of kind `id` in a province (Thái Nguyên unless said), as bodies.ts makes it. */
export function body(id: string, place = 'thai-nguyen', jurisdiction = 'Thái Nguyên'): BodyRef {
  return { id, body: `${id}.${place}`, jurisdiction };
}

export function registerRow(clauseId: string, deadline: string, fields: Partial<RegisterRow> = {}): RegisterRow {
  return {
    rowId: `nv-tn-${clauseId}`,
    plan: 'thai-nguyen-128-kh-ubnd-2026',
    clauseId,
    clauseLabel: `điều khoản ${clauseId}`,
    part: 1,
    parts: 1,
    task: `Nhiệm vụ ${clauseId}`,
    lead: { text: 'Sở Nội vụ', agencies: [body('so-noi-vu')] },
    partners: { text: null, agencies: [] },
    product: null,
    deadline: normaliseDeadline(deadline),
    directedBy: null,
    planLabel: '128/KH-UBND – UBND tỉnh Thái Nguyên',
    planYear: 2026,
    ...fields,
  };
}
