/**
 * Synthetic corpus for benchmarks: N plan-like pages made from the five built plan
 * pages, with other communes, provinces, numbers and a share of words swapped, so
 * the index grows like a real collection would, spread over the 34 provinces. Writes
 * a complete site (the built dist/ plus the pages, without search bundles); index it
 * with the site's own indexer (`buildSearchIndex`, a bundle per province as the build
 * makes). For timing the build itself, `generatePlanSources` writes N plan MDX files
 * the same way.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeType, parse, type Node } from 'node-html-parser';
import { random } from '../support/random';
import { PROVINCES } from '../../src/lib/provinces';
import { DIST } from '../support/static-server';

const PLANS = join(import.meta.dirname, '../../content/plans');

const COMMUNE_WORDS = ['Tân', 'Lập', 'Phúc', 'Thịnh', 'Hưng', 'Yên', 'Bình', 'Minh', 'Quang', 'Đồng', 'Sơn', 'Thủy', 'Hòa', 'Nghĩa', 'Trung', 'Đông', 'Tây', 'Nam', 'Bắc', 'Phong'];
const VOCABULARY = ['rà soát', 'đánh giá', 'bồi dưỡng', 'chuyển đổi số', 'hồ sơ', 'công vụ', 'biên chế', 'vị trí việc làm', 'đội ngũ', 'quy hoạch', 'luân chuyển', 'khen thưởng', 'kỷ luật', 'đào tạo', 'tập huấn', 'giám sát', 'kiểm tra', 'báo cáo', 'ngân sách', 'dữ liệu', 'thủ tục', 'tiếp công dân', 'đối thoại', 'sáng kiến', 'năng lực', 'phẩm chất', 'lý luận chính trị', 'ngoại ngữ', 'tin học', 'tiếng dân tộc'];

function mutateText(node: Node, next: () => number): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    const words = node.text.split(' ');
    for (let i = 0; i < words.length; i++) if (next() < 0.15) words[i] = VOCABULARY[Math.floor(next() * VOCABULARY.length)]!;
    (node as unknown as { rawText: string }).rawText = words.join(' ');
    return;
  }
  for (const child of node.childNodes) mutateText(child, next);
}

export function generateCorpus(outDir: string, pages: number): void {
  rmSync(outDir, { recursive: true, force: true });
  cpSync(DIST, outDir, { recursive: true });
  rmSync(join(outDir, 'pagefind'), { recursive: true, force: true });
  const planDir = join(DIST, 'ke-hoach');
  // Plan pages only: /ke-hoach/tinh/ holds the province lists.
  const bases = readdirSync(planDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(planDir, d.name, 'index.html')))
    .map((d) => readFileSync(join(planDir, d.name, 'index.html'), 'utf8'));
  for (let i = 0; i < pages; i++) {
    const next = random(i + 1);
    const root = parse(bases[i % bases.length]!);
    const plan = root.querySelector('[data-plan-text]')!;
    const province = PROVINCES[i % PROVINCES.length]!.name;
    const commune = `${COMMUNE_WORDS[i % COMMUNE_WORDS.length]} ${COMMUNE_WORDS[Math.floor(i / COMMUNE_WORDS.length) % COMMUNE_WORDS.length]}`;
    const number = `${100 + i}/KH-UBND`;
    plan.setAttribute('data-province', province);
    plan.setAttribute('data-plan-label', `${number} – UBND xã ${commune} (${province})`);
    plan.setAttribute('data-doc-cite', `Kế hoạch số ${number} năm 2026 của UBND xã ${commune}, tỉnh ${province}`);
    mutateText(plan, next);
    const dir = join(outDir, 'ke-hoach', `tong-hop-${String(i).padStart(4, '0')}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), root.toString());
  }
}

/** Places the five plans name, replaced in each generated plan by its own commune and province. */
const BASE_PLACES = { communes: ['An Hưng', 'Hà Bắc'], provinces: ['Thái Nguyên', 'Đồng Tháp', 'Lai Châu', 'Hải Phòng'] };

/**
 * Phrases a real collection words differently from plan to plan. Each generated plan
 * swaps its own share of them everywhere in the file, frontmatter included, so the
 * obligations it marks still quote its clauses word for word. None is part of an
 * agency's name (agencies are mapped by name).
 */
const REWORDINGS: [string, string][] = [
  ['bồi dưỡng', 'tập huấn'], ['rà soát', 'soát xét'], ['đánh giá', 'nhận xét'], ['triển khai', 'tổ chức thực hiện'],
  ['nâng cao', 'cải thiện'], ['đội ngũ', 'lực lượng'], ['tuyên truyền', 'phổ biến'], ['kịp thời', 'đúng thời gian'],
  ['hiệu quả', 'thiết thực'], ['nghiêm túc', 'đầy đủ'], ['chủ động', 'tích cực'], ['phấn đấu', 'quyết tâm'],
  ['tạo nguồn', 'chuẩn bị nguồn'], ['sử dụng', 'bố trí'], ['thu hút', 'khuyến khích'], ['quy hoạch', 'dự nguồn'],
  ['giải pháp', 'biện pháp'], ['mục tiêu', 'chỉ tiêu'], ['tăng cường', 'đẩy mạnh'], ['cơ sở dữ liệu', 'kho dữ liệu'],
];

/**
 * Documents of one province that the five plans implement or cite (a city's plan, a
 * provincial party resolution, a department's letter). Each generated province gets its
 * own, numbered apart, as real provinces have: the same number and date from two issuers
 * would share one /van-ban/ page, and the build stops on that (src/lib/documents.ts).
 */
const PROVINCIAL_DOCUMENTS = ['162/KH-UBND', '197/KH-UBND', '1953/SNV-CCVC', '14-NQ/TU', '05-NQ/TU'];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function replaceAll(text: string, from: string, to: string): string {
  // Whole words only: "Hà Bắc" must not touch "Hà Bắc Giang".
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(from)}(?![\\p{L}\\p{N}])`, 'gu'), to);
}

/**
 * N plan sources (MDX) made from the five in content/plans/, each with its own slug,
 * number, commune, one of the 34 provinces (about N/34 each, as the country's
 * communes are spread) and its own wording (REWORDINGS); build them with
 * PLANS_DIR=outDir. Clause numbering is kept, so every plan has the same anchors.
 */
export function generatePlanSources(outDir: string, plans: number): void {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const bases = readdirSync(PLANS).filter((name) => name.endsWith('.mdx')).sort().map((name) => readFileSync(join(PLANS, name), 'utf8'));
  for (let i = 0; i < plans; i++) {
    const next = random(i + 1);
    const provinceIndex = i % PROVINCES.length;
    const province = PROVINCES[provinceIndex]!.name;
    const commune = `${COMMUNE_WORDS[i % COMMUNE_WORDS.length]} ${COMMUNE_WORDS[Math.floor(i / COMMUNE_WORDS.length) % COMMUNE_WORDS.length]}`;
    let source = bases[i % bases.length]!;
    for (const number of PROVINCIAL_DOCUMENTS) source = source.split(number).join(number.replace(/^\d+/, (n) => `${n}${String(provinceIndex).padStart(2, '0')}`));
    for (const place of BASE_PLACES.communes) source = replaceAll(source, place, commune);
    for (const place of BASE_PLACES.provinces) source = replaceAll(source, place, province);
    for (const [from, to] of REWORDINGS) if (next() < 0.5) source = replaceAll(source, from, to);
    const number = /^number: "(\d+)\/([^"]+)"$/m.exec(source);
    if (number) source = source.split(`${number[1]}/${number[2]}`).join(`${100 + i}/${number[2]}`);
    source = source
      .replace(/^title: "(.*)"$/m, `title: "$1 (bản tổng hợp số ${i + 1})"`)
      .replace(/^shortName: "(.*)"$/m, `shortName: "$1 (số ${i + 1})"`);
    writeFileSync(join(outDir, `tong-hop-${String(i).padStart(4, '0')}.mdx`), source);
  }
}
