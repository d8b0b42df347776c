/**
 * JavaScript a built page loads before anyone touches it: its inline scripts, the module
 * scripts and island components it names, and everything those import statically.
 * Dynamic imports (Pagefind, PapaParse's worker, Chart.js) load on first use and are
 * not counted. Sizes are gzip, as any host sends them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './static-server';

export interface PageJs {
  /** Site paths of the JavaScript files loaded up front. */
  files: string[];
  /** Gzip bytes of those files plus the page's inline scripts. */
  gzipBytes: number;
}

const gzipSize = (text: string | Buffer) => gzipSync(text).byteLength;
// `import x from "./a.js"`, `import "./a.js"`, `export {x} from "./a.js"`; not `import("./a.js")`.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?"([^"]+\.js)"/g;

function staticImports(code: string, base: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map(([, specifier]) => new URL(specifier!, `http://site${base}`).pathname);
}

/** `page` is a site path ("/ke-hoach/x/"); `root` the built site. */
export function initialJs(page: string, root = DIST): PageJs {
  const html = readFileSync(join(root, page.endsWith('/') ? `${page}index.html` : page), 'utf8');
  const pending: string[] = [];
  let gzipBytes = 0;
  for (const [, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(attributes!)?.[1];
    if (src) pending.push(src);
    else if (!/ld\+json/.test(attributes!)) {
      gzipBytes += gzipSize(body!);
      pending.push(...staticImports(body!, page));
    }
  }
  for (const [, url] of html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)) pending.push(url!);
  for (const [, url] of html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)) pending.push(url!);
  const files = new Set<string>();
  while (pending.length) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const code = readFileSync(join(root, file));
    gzipBytes += gzipSize(code);
    pending.push(...staticImports(code.toString('utf8'), file));
  }
  return { files: [...files].sort(), gzipBytes };
}
