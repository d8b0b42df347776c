/**
 * The few DOM walks the Word reader needs, by local name: a document may use the
 * transitional WordprocessingML namespace or the strict one, and both spell the
 * elements and the `w:val` attributes the same.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';

export type { Element };

export function parseXml(text: string): Element {
  const doc = new DOMParser().parseFromString(text, 'text/xml');
  const root = doc.documentElement;
  if (!root) throw new Error('XML rỗng');
  return root;
}

/** The element children of `el`, optionally only those of one local name. */
export function elements(el: Element, name?: string): Element[] {
  const out: Element[] = [];
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (!name || (node as Element).localName === name)) out.push(node as Element);
  }
  return out;
}

export function child(el: Element, name: string): Element | undefined {
  return elements(el, name)[0];
}

/** Every descendant of one local name, in document order. */
export function descendants(el: Element, name: string): Element[] {
  const out: Element[] = [];
  for (const c of elements(el)) {
    if (c.localName === name) out.push(c);
    out.push(...descendants(c, name));
  }
  return out;
}

/** An attribute by local name, whatever its prefix. */
export function attr(el: Element | undefined, name: string): string | undefined {
  if (!el) return undefined;
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    if (a.localName === name) return a.value;
  }
  return undefined;
}

/** `<w:b/>`, `<w:b w:val="1"/>` are on; `<w:b w:val="0"/>`, `"false"`, `"none"` (underline) are off; absent is undefined. */
export function toggle(el: Element | undefined): boolean | undefined {
  if (!el) return undefined;
  const value = attr(el, 'val');
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value);
}
