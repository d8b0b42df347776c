/**
 * Offline use: after the build (and after the search index is written), lists every
 * file in dist/ and writes dist/sw.js from service-worker.js with that list and a
 * content hash as its version. Generic on purpose: any page or tool added later is
 * precached without touching this file.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { precacheManifest, type BuiltFile } from '../lib/offline/precache';

const TEMPLATE = 'src/integrations/service-worker.js';
const MANIFEST_LINE = "const MANIFEST = { version: '', urls: [] };";

/** The path of every file under `dir`, relative to it, with "/" separators. */
export async function builtPaths(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Every file under `dir` with its bytes (paths as in `builtPaths`). */
export async function builtFiles(dir: string): Promise<BuiltFile[]> {
  const files: BuiltFile[] = [];
  for (const path of await builtPaths(dir)) files.push({ path, bytes: await readFile(join(dir, path)) });
  return files;
}

export async function writeServiceWorker(distDir: string, root: string): Promise<{ version: string; files: number }> {
  const manifest = precacheManifest(await builtFiles(distDir));
  const template = await readFile(join(root, TEMPLATE), 'utf8');
  if (!template.includes(MANIFEST_LINE)) throw new Error(`service-worker.js no longer contains the line to fill in: ${MANIFEST_LINE}`);
  await writeFile(join(distDir, 'sw.js'), template.replace(MANIFEST_LINE, `const MANIFEST = ${JSON.stringify(manifest)};`));
  return { version: manifest.version, files: manifest.urls.length };
}

export function offline(): AstroIntegration {
  let root = '.';
  return {
    name: 'offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { version, files } = await writeServiceWorker(fileURLToPath(dir), root);
        logger.info(`Service worker: ${files} tệp dùng được khi không có mạng (phiên bản ${version}).`);
      },
    },
  };
}
