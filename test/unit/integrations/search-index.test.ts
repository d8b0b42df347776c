/**
 * The Pagefind step, with `pagefind` replaced by a recorder (as Starlight tests its own):
 * which pages go into which bundle, in which order, and which of the files Pagefind
 * returns are written where. That the real Pagefind finds them is test/site's and
 * test/browser's part.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMON_WORDS_FILE } from '../../../src/lib/search/common-words';

/** What each index made during a build was given, in order. */
const indexes = vi.hoisted(() => [] as { urls: string[]; deleted: boolean }[]);
const closed = vi.hoisted(() => ({ count: 0 }));

vi.mock('pagefind', () => ({
  createIndex: async () => {
    const made = { urls: [] as string[], deleted: false };
    indexes.push(made);
    const bytes = (text: string) => new TextEncoder().encode(text);
    return {
      errors: [],
      index: {
        addHTMLFile: async ({ url }: { url: string }) => (made.urls.push(url), { errors: [] }),
        getFiles: async () => ({
          errors: [],
          files: [
            { path: 'pagefind.js', content: bytes('runtime') },
            { path: 'wasm.unknown.pagefind', content: bytes('wasm') },
            { path: 'pagefind-entry.json', content: bytes(JSON.stringify({ languages: { vi: { wasm: 'vi' } } })) },
            { path: `index/${indexes.length}.pf_index`, content: bytes(made.urls.join('\n')) },
          ],
        }),
        deleteIndex: async () => {
          made.deleted = true;
        },
      },
    };
  },
  close: async () => {
    closed.count++;
  },
}));

const { buildSearchIndex } = await import('../../../src/integrations/search-index');

const page = (province: string, cite: string) => `<html><body><article data-plan-text data-doc-cite="${cite}" data-plan-label="${cite}"
  data-province="${province}" data-level="Cấp tỉnh" data-family="Cán bộ DTTS">
  <section class="clause" data-clause="i" data-cite="Mục I"><p>I. Đào tạo cán bộ người dân tộc thiểu số.</p></section>
</article></body></html>`;

let dist: string;

beforeEach(async () => {
  indexes.length = 0;
  closed.count = 0;
  dist = await mkdtemp(join(tmpdir(), 'search-index-'));
  const plans: [string, string][] = [
    ['thai-nguyen-b', page('Thái Nguyên', 'Kế hoạch B')],
    ['hai-phong-a', page('Hải Phòng', 'Kế hoạch A')],
    ['thai-nguyen-a', page('Thái Nguyên', 'Kế hoạch C')],
    // A folder under /ke-hoach/ that is not a plan page (a province list) is not indexed.
    ['tinh', '<html><body>Danh sách</body></html>'],
  ];
  for (const [slug, html] of plans) {
    await mkdir(join(dist, 'ke-hoach', slug), { recursive: true });
    await writeFile(join(dist, 'ke-hoach', slug, 'index.html'), html);
  }
});

afterEach(() => rm(dist, { recursive: true, force: true }));

describe('buildSearchIndex', () => {
  it('indexes each province on its own, provinces and their plans in a fixed order, then the nationwide records', async () => {
    expect(await buildSearchIndex(dist)).toEqual({ pages: 3, clauses: 3, provinces: 2 });
    expect(indexes.map((i) => i.urls)).toEqual([
      ['/ke-hoach/hai-phong-a/'],
      ['/ke-hoach/thai-nguyen-a/', '/ke-hoach/thai-nguyen-b/'],
      ['/ke-hoach/hai-phong-a/', '/ke-hoach/thai-nguyen-a/', '/ke-hoach/thai-nguyen-b/'],
    ]);
    // Each index is freed once written; Pagefind's process is closed once, at the end.
    expect(indexes.every((i) => i.deleted)).toBe(true);
    expect(closed.count).toBe(1);
  });

  it('writes the runtime once, at the root, and points each province bundle at its WebAssembly', async () => {
    await buildSearchIndex(dist);
    const root = join(dist, 'pagefind');
    expect((await readdir(root)).sort()).toEqual([COMMON_WORDS_FILE, 'index', 'pagefind-entry.json', 'pagefind.js', 'tinh', 'wasm.unknown.pagefind'].sort());
    const province = join(root, 'tinh', 'hai-phong');
    expect((await readdir(province)).sort()).toEqual(['index', 'pagefind-entry.json']);
    const entry = JSON.parse(await readFile(join(province, 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.vi.wasm).toBe('x/../../../wasm.unknown');
    expect(await readFile(join(province, 'index', '1.pf_index'), 'utf8')).toBe('/ke-hoach/hai-phong-a/');
  });

  it('stops with a message naming the page Pagefind refuses', async () => {
    const pagefind = await import('pagefind');
    const create = pagefind.createIndex;
    vi.spyOn(pagefind, 'createIndex').mockImplementationOnce(async (...args) => {
      const made = await create(...args);
      made.index!.addHTMLFile = async () => ({ errors: ['bad html'] }) as never;
      return made;
    });
    await expect(buildSearchIndex(dist)).rejects.toThrow('Lỗi lập chỉ mục /ke-hoach/hai-phong-a/: bad html');
  });
});
