/** A full `astro build` (content cache cleared) into a scratch folder, for benchmarks. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'node_modules/.bin');

/** Seconds the build took. Thousands of plans need more than Node's default heap. */
export async function buildSeconds(env: Record<string, string>, outDir: string): Promise<number> {
  const started = performance.now();
  await promisify(execFile)(join(BIN, 'astro'), ['build', '--force', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, ...env, PATH: `${BIN}:${process.env.PATH}`, NODE_OPTIONS: '--max-old-space-size=10240' },
    maxBuffer: 256 * 1024 * 1024,
  });
  return (performance.now() - started) / 1000;
}
