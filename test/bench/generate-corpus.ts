/**
 * Synthetic corpus for benchmarks: N plan-like pages made from the five built plan
 * pages, with other communes, provinces, numbers and a share of words swapped, so
 * the index grows like a real collection would. Writes a complete site (the built
 * dist/ plus the pages) and indexes it with the site's own indexer. For timing the
 * build itself, `generatePlanSources` writes N plan MDX files the same way.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeType, parse, type Node } from 'node-html-parser';
import { buildSearchIndex } from '../../src/integrations/search-index';
import { random } from '../support/random';
import { DIST } from '../support/static-server';

const PLANS = join(import.meta.dirname, '../../content/plans');

const PROVINCES = ['Hà Giang', 'Cao Bằng', 'Lạng Sơn', 'Tuyên Quang', 'Điện Biên', 'Sơn La', 'Lào Cai', 'Yên Bái', 'Hòa Bình', 'Phú Thọ', 'Thanh Hóa', 'Nghệ An', 'Quảng Trị', 'Quảng Ngãi', 'Gia Lai', 'Đắk Lắk', 'Đắk Nông', 'Lâm Đồng', 'Khánh Hòa', 'Tây Ninh', 'Cà Mau', 'An Giang', 'Vĩnh Long', 'Cần Thơ'];
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
  const bases = readdirSync(planDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => readFileSync(join(planDir, d.name, 'index.html'), 'utf8'));
  for (let i = 0; i < pages; i++) {
    const next = random(i + 1);
    const root = parse(bases[i % bases.length]!);
    const plan = root.querySelector('[data-plan-text]')!;
    const province = PROVINCES[i % PROVINCES.length]!;
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

export async function generateAndIndex(outDir: string, pages: number) {
  generateCorpus(outDir, pages);
  return buildSearchIndex(outDir);
}

/**
 * N plan sources (MDX) made from the five in content/plans/, each with its own slug,
 * title and province; build them with PLANS_DIR=outDir. The text is left as it is:
 * the obligations each plan marks must quote its clauses word for word, or the build
 * stops (the build time is what is measured, not the index).
 */
export function generatePlanSources(outDir: string, plans: number): void {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const bases = readdirSync(PLANS).filter((name) => name.endsWith('.mdx')).map((name) => readFileSync(join(PLANS, name), 'utf8'));
  for (let i = 0; i < plans; i++) {
    const province = PROVINCES[i % PROVINCES.length]!;
    const source = bases[i % bases.length]!
      .replace(/^title: "(.*)"$/m, `title: "$1 (bản tổng hợp số ${i + 1})"`)
      .replace(/^shortName: "(.*)"$/m, `shortName: "$1 (số ${i + 1})"`)
      .replace(/^province: ".*"$/m, `province: "${province}"`);
    writeFileSync(join(outDir, `tong-hop-${String(i).padStart(4, '0')}.mdx`), source);
  }
}
