import { it } from 'vitest';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/global-setup';
import { startStaticServer } from '../support/static-server';

const ROOT = process.env.PROF_ROOT ?? '/work/corpus-3400';
const QUERIES = (process.env.PROF_QUERIES ?? 'dao tao can bo|dan toc thieu so|đào tạo bồi dưỡng|UBND cấp xã|báo cáo định kỳ|hdnd|chuyển đổi số|cử tuyển|kinh phí|lãnh đạo quản lý').split('|');
it('prof', async () => {
  const { server, origin } = await startStaticServer(ROOT);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  let t0 = 0;
  const log: string[] = [];
  page.on('requestfinished', async (req) => {
    const timing = req.timing();
    const size = (await req.sizes().catch(() => ({ responseBodySize: 0 }))).responseBodySize;
    log.push(`  ${(timing.startTime - t0).toFixed(0).padStart(6)}ms +${timing.responseEnd.toFixed(0).padStart(4)} ${String(size).padStart(7)} ${req.url().replace(origin, '').slice(0, 90)}`);
  });
  page.on('console', (m) => log.push(`  console: ${m.text().slice(0, 300)}`));
  await page.goto(`${origin}/tim-kiem/${process.env.PROF_SEARCH ?? ''}`);
  await page.waitForSelector('[data-search-ready]');
  await page.waitForLoadState('networkidle');
  const cdp = process.env.PROF_CPU ? await context.newCDPSession(page) : null;
  if (cdp) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); }
  for (const q of QUERIES) {
    log.length = 0;
    await page.evaluate(() => performance.clearMeasures());
    t0 = Date.now();
    await page.getByRole('searchbox', { name: 'Từ khóa' }).fill(q);
    await page.waitForFunction(() => performance.getEntriesByName('search-clauses').length > 0, null, { timeout: 60000 });
    const d = await page.evaluate(() => [performance.getEntriesByName('search-results')[0]!.duration, performance.getEntriesByName('search-clauses')[0]!.duration].map(Math.round).join('/'));
    const marks = await page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('p:')).map((m) => `${m.name} ${m.startTime.toFixed(0)} ${m.duration.toFixed(0)}`));
    await page.evaluate(() => performance.clearMeasures());
    await page.waitForLoadState('networkidle');
    console.log(`${q}: ${d} ms, ${log.filter((l) => !l.includes('console')).length} requests\n${marks.join('\n')}\n${process.env.PROF_VERBOSE ? log.join('\n') : ''}`);
  }
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop') as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number }[]; samples: number[]; timeDeltas: number[] } };
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    const byName = new Map<string, number>();
    for (const n of profile.nodes) { const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; byName.set(k, (byName.get(k) ?? 0) + (self.get(n.id) ?? 0)); }
    console.log([...byName].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1000).toFixed(0).padStart(6)} ms ${k}`).join('\n'));
  }
  await browser.close();
  server.close();
}, 600_000);
