import { describe, expect, it } from 'vitest';
import { SEARCH_ROOT, SEARCH_WASM, isRuntimeFile, provinceBundlePath, sharedWasmEntry } from '../../../src/lib/search/bundles';
import { PROVINCES } from '../../../src/lib/provinces';

describe('search bundles', () => {
  it('gives each province its own folder under /pagefind/tinh/', () => {
    expect(provinceBundlePath('Lai Châu')).toBe('/pagefind/tinh/lai-chau/');
    expect(provinceBundlePath('Đắk Lắk')).toBe('/pagefind/tinh/dak-lak/');
    expect(new Set(PROVINCES.map((p) => provinceBundlePath(p.name))).size).toBe(34);
  });

  it('keeps only the index in a province bundle', () => {
    expect(isRuntimeFile('pagefind.js')).toBe(true);
    expect(isRuntimeFile('pagefind-worker.js')).toBe(true);
    expect(isRuntimeFile(SEARCH_WASM)).toBe(true);
    expect(isRuntimeFile('pagefind-ui.css')).toBe(true);
    expect(isRuntimeFile('pagefind-entry.json')).toBe(false);
    expect(isRuntimeFile('pagefind.vi_fe1947d098.pf_meta')).toBe(false);
    expect(isRuntimeFile('index/vi_abc.pf_index')).toBe(false);
    expect(isRuntimeFile('filter/vi_abc.pf_filter')).toBe(false);
    expect(isRuntimeFile('fragment/vi_abc.pf_fragment')).toBe(false);
  });

  it('points a province bundle at the root WebAssembly, as Pagefind builds its URL', () => {
    const entry = JSON.stringify({ version: '1.5.2', languages: { vi: { hash: 'vi_1', wasm: null, page_count: 3 } } });
    const rewritten = JSON.parse(sharedWasmEntry(entry)) as { version: string; languages: { vi: { hash: string; wasm: string; page_count: number } } };
    expect(rewritten.languages.vi).toMatchObject({ hash: 'vi_1', page_count: 3 });
    expect(rewritten.version).toBe('1.5.2');
    for (const { name } of PROVINCES) {
      // Pagefind 1.5.2: `${this.basePath}wasm.${language}.pagefind`, fetched relative to the page.
      const fetched = new URL(`${provinceBundlePath(name)}wasm.${rewritten.languages.vi.wasm}.pagefind`, 'https://example.vn/tim-kiem/');
      expect(fetched.pathname).toBe(`${SEARCH_ROOT}${SEARCH_WASM}`);
    }
  });
});
