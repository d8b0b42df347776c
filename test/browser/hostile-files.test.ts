/** The worst files in the browser: the tab answers with a message, never hangs, never runs what a file contains. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { origin, settled, useBrowser } from '../support/browser';

const { newPage } = useBrowser();
const HEADER = 'ma_xa,ten_xa,dan_so,dan_so_dtts,bien_che,can_bo_dtts';

async function upload(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel('Danh sách xã (xa.csv)').setInputFiles(file);
  await page.getByRole('button', { name: 'Tính từ tệp' }).click();
}

/**
 * A task the page's own thread spends this long means clicks and typing wait as long.
 * Reading the 1-million-row file on that thread takes seconds; a busy machine stretches
 * ordinary tasks, hence the margin.
 */
const RESPONSIVE_MS = 500;

/** Watches the page's thread from now on; the returned function gives the longest task seen, in ms (0 if none over 50 ms). */
async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const watched = window as unknown as { longestTask: number };
    watched.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) watched.longestTask = Math.max(watched.longestTask, task.duration);
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { longestTask: number }).longestTask);
}

async function openTool(): Promise<Page> {
  const page = await newPage();
  await page.goto(`${origin()}/cong-cu/chi-tieu-dtts/`);
  await settled(page);
  return page;
}

describe('hostile files in the browser', () => {
  it('states the limits on the page', async () => {
    const page = await openTool();
    const limits = (await page.locator('#nhieu-xa + p').textContent())!.replace(/\s+/g, ' ');
    expect(limits).toContain('Mỗi tệp tối đa 50 MB, 200.000 dòng dữ liệu và 200 cột;');
    expect(limits).toContain('các trang tính tối đa 25 MB khi giải nén');
  });

  it('a 1-million-row file: a message about the row limit, and the page keeps answering', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
    try {
      const path = join(dir, 'xa.csv');
      writeFileSync(path, `${HEADER}\n${'01,Xã A,100,10,5,1\n'.repeat(1_000_000)}`);
      const page = await openTool();
      const longestTask = await watchLongTasks(page);
      await upload(page, path);
      const summary = page.getByRole('alert');
      await expect.poll(() => summary.textContent(), { timeout: 30_000 }).toContain('Tệp có hơn 200.000 dòng dữ liệu; tối đa 200.000 dòng.');
      // Reading happens in a worker: the page never stopped answering while it ran.
      expect(await longestTask()).toBeLessThan(RESPONSIVE_MS);
      expect(await page.locator('.tool__table--many').count()).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('a file over 50 MB is refused at once, before it is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
    try {
      const path = join(dir, 'xa.csv');
      writeFileSync(path, Buffer.alloc(51 * 1024 * 1024, 'a'));
      const page = await openTool();
      await upload(page, path);
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('xa.csv: Tệp nặng 51,0 MB, quá giới hạn 50 MB mỗi tệp.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('HTML and script in a name are shown as text and never run', async () => {
    const page = await openTool();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    const name = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await upload(page, { name: 'xa.csv', mimeType: 'text/csv', buffer: Buffer.from(`${HEADER}\n01,"${name}",1000,300,20,2\n`) });
    await page.getByRole('heading', { name: 'Kết quả 1 xã' }).waitFor();
    expect(await page.locator('tr[data-code="01"] th').textContent()).toBe(name);
    await page.getByRole('button', { name: `Vì sao: ${name}` }).click();
    expect(await page.locator('.tool__results img, .tool__results script').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('a very long bad cell is quoted short in the error list', async () => {
    const page = await openTool();
    await upload(page, { name: 'xa.csv', mimeType: 'text/csv', buffer: Buffer.from(`${HEADER}\n01,Xã A,1000,300,${'9'.repeat(200_000)}x,2\n`) });
    const item = page.getByRole('alert').locator('li').first();
    await item.waitFor();
    expect((await item.textContent())!.length).toBeLessThan(200);
  });
});
