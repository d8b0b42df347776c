import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { ClauseStructureError, detectMarker, structureClauses } from '../../src/lib/clauses';

function outlineOf(markdown: string) {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  return { outline: structureClauses(tree), tree };
}

const sample = `Thực hiện Quyết định số 470/QĐ-TTg.

## I. MỤC ĐÍCH

### 1. Mục đích

a) Cụ thể hóa.

đ) Định kỳ báo cáo.

## II. MỤC TIÊU

### 2. Mục tiêu cụ thể

Lộ trình phấn đấu.

b) Ở xã, phường:

- Tối thiểu là 5%.
- Tối thiểu là 10%.

  Đoạn thuộc gạch đầu dòng thứ hai.

- Tối thiểu là 15%.

c) Ở cơ quan:

- Ở địa phương:

  + Tối thiểu là 10% ở cấp tỉnh.
  + Tối thiểu là 20% ở cấp xã.

    (1) Ý một.

    (2) Ý hai.

5\\. Tỷ lệ trong Quân đội.

2.1. Tuyển chọn.

## III. KINH PHÍ

## III. KINH PHÍ LẦN HAI

1\\. Khoản một.
`;

describe('structureClauses', () => {
  const { outline } = outlineOf(sample);
  const byId = new Map(outline.map((c) => [c.id, c]));

  it('derives anchors from the printed numbering', () => {
    expect(outline.map((c) => c.id)).toEqual([
      'i', 'i-1', 'i-1-a', 'i-1-dd',
      'ii', 'ii-2', 'ii-2-b', 'ii-2-b-1', 'ii-2-b-2', 'ii-2-b-3',
      'ii-2-c', 'ii-2-c-1', 'ii-2-c-1-1', 'ii-2-c-1-2', 'ii-2-c-1-2-1', 'ii-2-c-1-2-2',
      'ii-5', 'ii-2-1',
      'iii', 'iii_2', 'iii_2-1',
    ]);
  });

  it('writes citations the way officials cite', () => {
    expect(byId.get('ii-2-b')?.label).toBe('điểm b khoản 2 Mục II');
    expect(byId.get('ii-2-b-3')?.label).toBe('gạch đầu dòng thứ 3 điểm b khoản 2 Mục II');
    expect(byId.get('ii-2-c-1-2')?.label).toBe('ý thứ 2 gạch đầu dòng thứ 1 điểm c khoản 2 Mục II');
    expect(byId.get('ii-2-c-1-2-1')?.label).toBe('ý (1) ý thứ 2 gạch đầu dòng thứ 1 điểm c khoản 2 Mục II');
    expect(byId.get('i-1-dd')?.label).toBe('điểm đ khoản 1 Mục I');
    expect(byId.get('iii_2')?.label).toBe('Mục III (thứ hai)');
    expect(byId.get('ii-2-1')?.label).toBe('điểm 2.1 Mục II');
  });

  it('keeps unnumbered paragraphs inside the clause above', () => {
    const { tree } = outlineOf(sample);
    const section = tree.children.find((n) => (n.data as { hProperties?: { dataClause?: string } })?.hProperties?.dataClause === 'ii');
    expect(section).toBeDefined();
    expect(JSON.stringify(section)).toContain('Lộ trình phấn đấu.');
    expect(JSON.stringify(section)).toContain('Đoạn thuộc gạch đầu dòng thứ hai.');
  });

  it('refuses Markdown auto-numbered lists with a message naming the line', () => {
    expect(() => outlineOf('## I. A\n\n1. Khoản viết nhầm thành danh sách.\n')).toThrow(ClauseStructureError);
    expect(() => outlineOf('## I. A\n\n1. Khoản viết nhầm thành danh sách.\n')).toThrow(/dòng 3/);
  });
});

describe('detectMarker', () => {
  it.each([
    ['I- MỤC ĐÍCH', 'section', 'I'],
    ['IV. TỔ CHỨC', 'section', 'IV'],
    ['1.5. Tăng cường', 'decimal', '1.5'],
    ['2.1 Tuyển chọn', 'decimal', '2.1'],
    ['3. Tham mưu', 'khoan', '3'],
    ['đ) Định kỳ', 'diem', 'đ'],
    ['(2) Xây dựng', 'item', '2'],
  ])('%s', (text, kind, number) => {
    expect(detectMarker(text)).toEqual({ kind, number });
  });

  it.each(['Lộ trình phấn đấu', '100% xã, phường', 'Vương Quốc Tuấn', '2026 là năm'])('no marker in "%s"', (text) => {
    expect(detectMarker(text)).toBeNull();
  });
});

describe('tool links', () => {
  it('adds a link to the tool that applies a clause, only to that clause', () => {
    const tree = unified().use(remarkParse).parse('## II. MỤC TIÊU\n\nb) Ở xã:\n\n- Tối thiểu là 5%.\n- Tối thiểu là 10%.\n') as Root;
    structureClauses(tree, { 'ii-b-2': { href: '/cong-cu/chi-tieu-dtts/', text: 'Tính chỉ tiêu' } });
    const json = JSON.stringify(tree);
    expect(json.match(/Tính chỉ tiêu/g)).toHaveLength(2); // the link text and its aria-label
    expect(json).toContain('Tính chỉ tiêu theo gạch đầu dòng thứ 2 điểm b Mục II');
  });
});
