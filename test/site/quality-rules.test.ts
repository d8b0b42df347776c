/** Every clause a quality or training rule cites exists on the built plan page, states the rule's numbers, and links to the calculator. */
import { describe, expect, it } from 'vitest';
import { DONG_THAP_NQ14, PHASES, citedQualityClauses } from '../../src/lib/quality/rules';
import { clauseText, expectCitedClause } from '../support/rule-clauses';

describe('quality rules cite real clauses', () => {
  it.each(citedQualityClauses(DONG_THAP_NQ14).map((c) => [`${c.plan}#${c.anchor} ${c.numbers.join(' ')}`, c] as const))('%s', (_name, clause) => {
    expectCitedClause(clause, /^\/cong-cu\/chat-luong-can-bo\//);
  });

  it('names each indicator in full: whom it counts and every part, in the words of each phase’s clause', () => {
    // 2029–2030 writes “theo chức danh; cập nhật” where 2026–2028 writes a comma (a note says so).
    const fold = (text: string) => text.toLowerCase().replace(/;/g, ',');
    for (const indicator of DONG_THAP_NQ14.indicators) {
      for (const phase of PHASES) {
        const text = fold(clauseText(indicator.phases[phase.id].clause));
        for (const part of indicator.parts) expect(text, `${indicator.id} ${phase.id}`).toContain(fold(part.name));
      }
      expect(fold(clauseText(indicator.phases['2026-2028'].clause))).toContain(fold(indicator.name));
    }
  });

  it('states each threshold the way the rule reads it: "trên X%" for strictly more than, "X%" for all', () => {
    for (const indicator of DONG_THAP_NQ14.indicators) {
      for (const phase of PHASES) {
        const t = indicator.phases[phase.id];
        expect(clauseText(t.clause).toLowerCase(), `${indicator.id} ${phase.id}`).toContain(t.kind === 'moreThan' ? `trên ${t.percent}%` : `${t.percent}%`);
      }
    }
  });
});
