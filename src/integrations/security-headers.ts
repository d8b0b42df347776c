/** Writes dist/_headers from the CSP <meta> of every built page (see src/build/headers.ts). */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { servedUrl } from '../build/precache';
import { cspOfPage, headersFile, type PagePolicy } from '../build/headers';
import { builtPaths } from './offline';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const distDir = fileURLToPath(dir);
        const pages: PagePolicy[] = [];
        for (const path of await builtPaths(distDir)) {
          if (!path.endsWith('.html')) continue;
          const csp = cspOfPage(await readFile(join(distDir, path), 'utf8'));
          if (csp === null) throw new Error(`${path} không có Content-Security-Policy.`);
          pages.push({ url: servedUrl(path), csp });
        }
        await writeFile(join(distDir, '_headers'), headersFile(pages));
      },
    },
  };
}
