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
import { obligationPath } from './paths';
import type { Obligation } from './resolve';

const text = (value: string): ElementContent => ({ type: 'text', value });
const strong = (value: string): ElementContent => ({ type: 'element', tagName: 'strong', properties: {}, children: [text(value)] });

export function leadNames(obligation: Obligation): string {
  return obligation.lead.agencies.map(agencyName).join(', ');
}

export function obligationNoteHast(obligation: Obligation): Element {
  const lead = leadNames(obligation);
  return {
    type: 'element',
    tagName: 'p',
    properties: { className: ['clause-tools', 'clause-obligation'], dataPagefindIgnore: '', dataObligation: obligation.rowId },
    children: [
      text('Nghĩa vụ — chủ trì: '),
      lead ? strong(lead) : text('văn bản không nêu'),
      text('; thời hạn: '),
      obligation.deadline.text ? strong(obligation.deadline.text) : text('văn bản không ghi'),
      text('. '),
      {
        type: 'element',
        tagName: 'a',
        properties: { href: obligationPath(obligation.plan, obligation.rowId), ariaLabel: `Xem trong danh mục nghĩa vụ: ${obligation.clauseLabel}` },
        children: [text('Xem trong danh mục nghĩa vụ')],
      },
    ],
  };
}
