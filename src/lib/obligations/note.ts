/**
 * The line under an obligation's clause on the plan page: who leads, by when, and a
 * link to its row on the plan's register page (/nghia-vu/ke-hoach/<slug>/#nv-…), which holds
 * the row without JavaScript. As hast, so the Markdown pipeline (remark.ts) and
 * the appendix table (Appendix.astro) print the same thing.
 *
 * It carries the `clause-tools` class because it is the site's, not the plan's, words:
 * the word-for-word test and the search index leave out everything with that class.
 */
import type { Element, ElementContent } from 'hast';
import { agencyName } from './agencies';
import { obligationPath } from '../core/paths';
import type { Obligation } from './resolve';

const text = (value: string): ElementContent => ({ type: 'text', value });
const strong = (value: string): ElementContent => ({ type: 'element', tagName: 'strong', properties: {}, children: [text(value)] });

/** On the plan's own page its place goes without saying: kinds only ("Sở Nội vụ"). */
function leadNames(obligation: Obligation): string {
  return obligation.lead.agencies.map((ref) => agencyName(ref.id)).join(', ');
}

/** The deadline as written, with what the register adds to it: a condition, a horizon that is no deadline. */
function deadlineWords(obligation: Obligation): ElementContent[] {
  const { deadline } = obligation;
  const words: ElementContent[] = deadline.text ? [strong(deadline.text)] : [];
  if (deadline.kind === 'horizon') words.push(text(' (mốc hướng tới, không phải hạn chót)'));
  if (deadline.condition) words.push(text(words.length ? ', ' : ''), strong(deadline.condition));
  return words.length ? words : [text('văn bản không ghi')];
}

/** "khoản 2 Mục V", or "khoản 2 Mục V, nghĩa vụ 2/2" when the clause gives more than one task. */
export function obligationLabel(obligation: Pick<Obligation, 'clauseLabel' | 'part' | 'parts'>): string {
  return obligation.parts > 1 ? `${obligation.clauseLabel}, nghĩa vụ ${obligation.part}/${obligation.parts}` : obligation.clauseLabel;
}

export function obligationNoteHast(obligation: Obligation): Element {
  const lead = leadNames(obligation);
  return {
    type: 'element',
    tagName: 'p',
    properties: { className: ['clause-tools', 'clause-obligation'], dataPagefindIgnore: '', dataObligation: obligation.rowId },
    children: [
      text(obligation.parts > 1 ? `Nghĩa vụ ${obligation.part}/${obligation.parts} — chủ trì: ` : 'Nghĩa vụ — chủ trì: '),
      lead ? strong(lead) : text(obligation.directedBy ? `văn bản không nêu (${obligation.directedBy.clauseLabel} nói ai chỉ đạo)` : 'văn bản không nêu'),
      text('; thời hạn: '),
      ...deadlineWords(obligation),
      text('. '),
      {
        type: 'element',
        tagName: 'a',
        properties: { href: obligationPath(obligation.plan, obligation.rowId), ariaLabel: `Xem trong danh mục nghĩa vụ: ${obligationLabel(obligation)}` },
        children: [text('Xem trong danh mục nghĩa vụ')],
      },
    ],
  };
}
