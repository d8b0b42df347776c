/**
 * Markup of the copy-link and copy-citation controls shown beside every clause,
 * as hast so the Markdown pipeline and Astro components produce the same thing.
 * The link works without JavaScript (it is a plain fragment link);
 * src/components/ClauseTools/clause-tools.ts enhances both to copy.
 */
import type { Element } from 'hast';

/** A link from a clause to a tool that applies it (e.g. the quota calculator). */
export interface ClauseToolLink {
  href: string;
  text: string;
}

export function clauseToolsHast(id: string, label: string, toolLink?: ClauseToolLink): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['clause-tools'], dataPagefindIgnore: '' },
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: { href: `#${id}`, className: ['clause-tool'], dataCopy: 'link', ariaLabel: `Sao chép liên kết tới ${label}` },
        children: [{ type: 'text', value: 'Liên kết' }],
      },
      {
        type: 'element',
        tagName: 'button',
        properties: { type: 'button', className: ['clause-tool'], dataCopy: 'cite', ariaLabel: `Sao chép trích dẫn ${label}` },
        children: [{ type: 'text', value: 'Trích dẫn' }],
      },
      ...(toolLink
        ? [
            {
              type: 'element' as const,
              tagName: 'a',
              properties: { href: toolLink.href, className: ['clause-tool', 'clause-tool--apply'], ariaLabel: `${toolLink.text} theo ${label}` },
              children: [{ type: 'text' as const, value: toolLink.text }],
            },
          ]
        : []),
    ],
  };
}
