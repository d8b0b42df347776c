/**
 * Where the search bundles live. The collection is searched one province at a time:
 * - /pagefind/ holds Pagefind's runtime (pagefind.js, its worker, the WebAssembly) and
 *   the nationwide bundle, one small record per plan (records.ts, planWordBag), which
 *   finds plans;
 * - /pagefind/tinh/<province-slug>/ holds one bundle per province, one document per
 *   plan with a sub-result per clause, as the whole collection had before.
 * Each bundle is searched by its own Pagefind instance (createInstance with its basePath).
 */
import { provinceSlug } from '../provinces';

export const SEARCH_ROOT = '/pagefind/';

/** "Lai Châu" → "/pagefind/tinh/lai-chau/". */
export function provinceBundlePath(province: string): string {
  return `${SEARCH_ROOT}tinh/${provinceSlug(province)}/`;
}

/** The runtime's WebAssembly, shared by every bundle: `wasm.<name>.pagefind`, "unknown" for a language without a stemmer. */
const WASM_NAME = 'unknown';
export const SEARCH_WASM = `wasm.${WASM_NAME}.pagefind`;

/**
 * Runtime files Pagefind writes beside every bundle. A province bundle keeps only its
 * index (entry, meta, index/, filter/, fragment/): the runtime is read from the root.
 */
export function isRuntimeFile(path: string): boolean {
  return !/^(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|(index|filter|fragment)\/)/.test(path);
}

interface PagefindEntry {
  languages: Record<string, { wasm: string | null }>;
}

/**
 * A province bundle's pagefind-entry.json, pointed at the root's WebAssembly.
 * Pagefind's instance fetches `${basePath}wasm.${entry.wasm ?? 'unknown'}.pagefind`, so
 * without this every province opened would fetch its own 68 KB copy of the same file.
 * The name given resolves, through the URL's dot segments, to /pagefind/wasm.unknown.pagefind
 * from /pagefind/tinh/<slug>/ (a unit test resolves it as the browser does).
 */
export function sharedWasmEntry(entryJson: string): string {
  const entry = JSON.parse(entryJson) as PagefindEntry;
  // Folders between the root and a province bundle ("tinh", "<slug>"), plus the "wasm.x" segment made here.
  const depth = provinceBundlePath('x').split('/').length - SEARCH_ROOT.split('/').length;
  for (const language of Object.values(entry.languages)) language.wasm = `x/${'../'.repeat(depth + 1)}wasm.${WASM_NAME}`;
  return JSON.stringify(entry);
}
