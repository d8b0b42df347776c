/**
 * Offline use: after one online visit, with the server gone and the browser offline,
 * a plan (and a clause link), search and both calculators on files still work;
 * a new deployment is offered through the update notice.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { useBrowser } from '../support/browser';
import { searchTop } from '../support/search';
import { DIST, startStaticServer } from '../support/static-server';

const { newPage } = useBrowser();
const SAMPLES = join(import.meta.dirname, '../../public/mau');
const servers: Server[] = [];

afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

/** Serves `root` on its own server (so the test can take it away) and visits the home page once. */
async function visitOnce(root = DIST): Promise<{ page: Page; origin: string; server: Server }> {
  const { server, origin } = await startStaticServer(root);
  servers.push(server);
  const page = await newPage({ serviceWorkers: 'allow' });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  return { page, origin, server };
}

async function goOffline(page: Page, server: Server) {
  server.closeAllConnections();
  server.close();
  await page.context().setOffline(true);
}

describe('offline, after one visit', () => {
  it('reads a plan and opens a clause link', async () => {
    const { page, origin, server } = await visitOnce();
    await goOffline(page, server);
    await page.goto(`${origin}/ke-hoach/thai-nguyen-128-kh-ubnd-2026/#ii-2-b-3`);
    expect(await page.locator('h1').textContent()).toContain('Quyết định số 470/QĐ-TTg');
    expect(await page.locator('#ii-2-b-3').isVisible()).toBe(true);
    // A link without the trailing slash, which a host would redirect.
    await page.goto(`${origin}/ke-hoach/an-hung-dtts-2026`);
    expect(await page.locator('[data-plan-text]').count()).toBe(1);
    await page.goto(`${origin}/ke-hoach/an-hung-dtts-2026/ban-goc/`);
    expect(await page.locator('h1').count()).toBe(1);
  });

  it('searches', async () => {
    const { page, origin, server } = await visitOnce();
    await goOffline(page, server);
    await page.goto(`${origin}/tim-kiem/`);
    const links = await searchTop(page, 'dan toc thieu so');
    expect(links.length).toBeGreaterThan(0);
    expect(links[0]).toMatch(/^\/ke-hoach\/[^/]+\/#/);
  });

  it('runs the quota calculator on an uploaded file and on the example data', async () => {
    const { page, origin, server } = await visitOnce();
    await goOffline(page, server);
    await page.goto(`${origin}/cong-cu/chi-tieu-dtts/`);
    await page.getByLabel('Danh sách xã (xa.csv)').setInputFiles(join(SAMPLES, 'vi-du-xa.csv'));
    await page.getByRole('button', { name: 'Tính từ tệp' }).click();
    await page.getByRole('heading', { name: 'Kết quả 8 xã' }).waitFor();
    // Chart.js is loaded on demand: it must come from the cache too.
    await expect.poll(() => page.locator('.quota__chart canvas').evaluate((c: HTMLCanvasElement) => c.width > 0)).toBe(true);
    await page.getByRole('button', { name: 'Dùng dữ liệu ví dụ' }).click();
    await expect.poll(() => page.locator('.quota__detail, .quota__table--many').count()).toBeGreaterThan(0);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('runs the quality calculator on chat-luong.csv and a roster, with the training chart', async () => {
    const { page, origin, server } = await visitOnce();
    await goOffline(page, server);
    await page.goto(`${origin}/cong-cu/chat-luong-can-bo/`);
    const files = page.locator('.quota-files');
    await files.getByLabel('Số liệu chất lượng theo xã (chat-luong.csv)').setInputFiles(join(SAMPLES, 'vi-du-chat-luong.csv'));
    await files.getByLabel('Danh sách cán bộ (can-bo.csv)').setInputFiles(join(SAMPLES, 'vi-du-can-bo.csv'));
    await files.getByRole('button', { name: 'Tính từ tệp' }).click();
    await page.getByRole('heading', { name: 'Kết quả 4 xã' }).waitFor();
    await page.locator('.quality__people').waitFor();
    expect(await page.locator('.quality__people tbody th').count()).toBe(6);
    await page.getByRole('button', { name: 'Chi tiết: Xã Mỹ An Hưng' }).click();
    await expect.poll(() => page.locator('.quota__detail .quality__trajectory canvas').evaluate((c: HTMLCanvasElement) => c.width > 0)).toBe(true);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('shows the site’s own “not found” page for an address that does not exist', async () => {
    const { page, origin, server } = await visitOnce();
    await goOffline(page, server);
    const response = await page.goto(`${origin}/khong-co-trang-nay/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toMatch(/Không tìm thấy/i);
  });
});

describe('a new version', () => {
  it('is announced, and reloading switches to it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'site-update-'));
    try {
      cpSync(DIST, root, { recursive: true });
      const { page } = await visitOnce(root);
      expect(await page.getByText('Đã có phiên bản mới').count()).toBe(0);
      // Deploy a new version: changed home page, so a new worker with a new version.
      const home = join(root, 'index.html');
      writeFileSync(home, readFileSync(home, 'utf8').replace('<h1', '<p data-new-version>Phiên bản mới</p><h1'));
      const worker = join(root, 'sw.js');
      writeFileSync(worker, readFileSync(worker, 'utf8').replace(/"version":"(\w+)"/, '"version":"$1-2"'));
      await page.reload();
      const notice = page.getByRole('status').filter({ hasText: 'Đã có phiên bản mới của trang' });
      await notice.waitFor({ timeout: 30_000 });
      // Until the user chooses, the page stays on the version it has.
      expect(await page.locator('[data-new-version]').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Tải lại trang' }).click();
      await page.locator('[data-new-version]').waitFor({ timeout: 30_000 });
      expect(await page.evaluate(() => caches.keys())).toEqual([expect.stringMatching(/^site-\w+-2$/)]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 90_000);
});
