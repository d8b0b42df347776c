/**
 * Builds the site into a scratch folder for benchmarks, with the content cache cleared,
 * exactly as `npm run build` does (no extra heap flags: the build must fit without them).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { descendantRss } from './process-memory';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'node_modules/.bin');

export interface MeasuredBuild {
  seconds: number;
  /** Peak resident memory of the build's process tree (Astro and the Pagefind binary), sampled every 250 ms. */
  peakBytes: number;
}

/** A full `astro build` into `outDir`; fails with the build's first error line. */
export async function measuredBuild(env: Record<string, string>, outDir: string): Promise<MeasuredBuild> {
  const started = performance.now();
  const child = spawn(join(BIN, 'astro'), ['build', '--force', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, ...env, PATH: `${BIN}:${process.env.PATH}` },
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-50_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let peakBytes = 0;
  const sampler = setInterval(() => (peakBytes = Math.max(peakBytes, descendantRss(process.pid))), 250);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    const line = output.split('\n').find((l) => /\[ERROR\]|FATAL|heap/i.test(l)) ?? `exit ${code}`;
    throw new Error(`build failed after ${seconds.toFixed(0)} s: ${line.trim()}`);
  }
  return { seconds, peakBytes };
}

/** Seconds for a full build. */
export async function buildSeconds(env: Record<string, string>, outDir: string): Promise<number> {
  return (await measuredBuild(env, outDir)).seconds;
}
