/**
 * Offline use: after the build (and after the search index is written), picks the shell
 * out of dist/ (src/build/precache.ts) and bundles dist/sw.js from
 * service-worker.js with that list. Everything else is cached as it is read.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { isShellFile, precacheManifest, type BuiltFile } from '../build/precache';

const SOURCE = 'src/integrations/service-worker.js';

/** The path of every file under `dir`, relative to it, with "/" separators. */
export async function builtPaths(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The shell files under `dir` with their bytes (paths as in `builtPaths`); nothing else is read. */
export async function shellFiles(dir: string): Promise<BuiltFile[]> {
  const files: BuiltFile[] = [];
  for (const path of (await builtPaths(dir)).filter(isShellFile)) files.push({ path, bytes: await readFile(join(dir, path)) });
  return files;
}

/** Bundles the worker with Workbox and the shell's manifest into dist/sw.js. */
export async function writeServiceWorker(distDir: string, root: string): Promise<{ version: string; files: number; bytes: number }> {
  const manifest = precacheManifest(await shellFiles(distDir));
  const result = await build({
    entryPoints: [join(root, SOURCE)],
    outfile: join(distDir, 'sw.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    // Workbox drops its development logging and assertions in production builds.
    define: { 'process.env.NODE_ENV': '"production"', __PRECACHE_MANIFEST__: JSON.stringify(manifest.entries) },
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
  }).catch((error: { errors?: { text: string }[]; message?: string }) => {
    // esbuild's own message is silenced above; say what failed (a Workbox module missing after an install, …).
    throw new Error(`Không tạo được service worker (${SOURCE}): ${error.errors?.map((e) => e.text).join('; ') ?? error.message}`);
  });
  const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  return { version: manifest.version, files: manifest.entries.length, bytes };
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
        const { version, files, bytes } = await writeServiceWorker(fileURLToPath(dir), root);
        logger.info(`Service worker (${Math.round(bytes / 1024)} KB): ${files} tệp khung trang lưu sẵn khi không có mạng (phiên bản ${version}).`);
      },
    },
  };
}
