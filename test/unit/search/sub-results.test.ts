import { describe, expect, it } from 'vitest';
import { subResults, type FragmentAnchor } from '../../../src/lib/search/sub-results';

const anchors: FragmentAnchor[] = [
  { element: 'h6', id: 'i', text: 'Mục I', location: 10 },
  { element: 'p', id: 'tk', text: 'ẩn', location: 15 },
  { element: 'h6', id: 'i-1', text: 'khoản 1 Mục I', location: 20 },
  { element: 'h6', id: 'ii', text: 'Mục II', location: 30 },
  { element: 'h6', id: 'trong', text: ' ', location: 40 },
];

describe('subResults', () => {
  it('groups matches under the heading before them, and the page for matches before any heading', () => {
    expect(subResults('/ke-hoach/x/', 'Kế hoạch X', anchors, [32, 3, 12, 16, 45])).toEqual([
      { url: '/ke-hoach/x/', title: 'Kế hoạch X', locations: [3] },
      { url: '/ke-hoach/x/#i', title: 'Mục I', locations: [12, 16], anchor: { location: 10 } },
      // A heading without text does not start a sub-result: its matches stay with Mục II.
      { url: '/ke-hoach/x/#ii', title: 'Mục II', locations: [32, 45], anchor: { location: 30 } },
    ]);
  });

  it('gives no sub-result to a heading without matches, and none for a page without matches', () => {
    expect(subResults('/x/', 'X', anchors, [25]).map((s) => s.title)).toEqual(['khoản 1 Mục I']);
    expect(subResults('/x/', 'X', anchors, [])).toEqual([]);
  });

  it('puts a match on a heading under that heading', () => {
    expect(subResults('/x/', 'X', anchors, [20])[0]).toMatchObject({ title: 'khoản 1 Mục I', locations: [20] });
  });
});
