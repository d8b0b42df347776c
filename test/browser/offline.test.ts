/**
 * Offline use (docs/offline.md): a first visit keeps only the shell; plan pages and index
 * chunks are kept as they are read; "Lưu để đọc khi không có mạng" keeps a plan for good;
 * offline, a page never kept opens to the offline page listing what is saved; a new
 * version is offered through the update notice, clears the old caches and keeps saved
 * plans readable, even when it takes over without a network.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { useBrowser } from '../support/browser';
import { searchTop } from '../support/search';
import { cachedPaths, openControlled, shellUrls } from '../support/service-worker';
import { DIST, startStaticServer } from '../support/static-server';

const { newPage } = useBrowser();
const SAMPLES = join(import.meta.dirname, '../../public/mau');
const PLAN = '/ke-hoach/thai-nguyen-128-kh-ubnd-2026/';
const OTHER_PLAN = '/ke-hoach/an-hung-dtts-2026/';
const SAVED_TEXT = 'Đã lưu để đọc khi không có mạng';
const OFFLINE_HEADING = 'Trang này chưa được lưu để đọc khi không có mạng';
const servers: Server[] = [];

afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

/**
 * Serves `root` on its own server (so the test can take it away), opens `path` and waits
 * until the service worker controls the page. `served` lists every path the server sent.
 */
async function visitOnce(path = '/', root = DIST): Promise<{ page: Page; origin: string; server: Server; served: string[] }> {
  const served: string[] = [];
  const { server, origin } = await startStaticServer(root, (file) => served.push(file));
  servers.push(server);
  const page = await newPage({ serviceWorkers: 'allow' });
  await openControlled(page, `${origin}${path}`);
  return { page, origin, server, served };
}

async function goOffline(page: Page, server: Server) {
  server.closeAllConnections();
  server.close();
  await page.context().setOffline(true);
}

async function save(page: Page) {
  await page.getByRole('button', { name: 'Lưu kế hoạch này để đọc khi không có mạng' }).click();
  await page.getByRole('status').filter({ hasText: SAVED_TEXT }).waitFor();
}

/** The caches that hold anything (a strategy opens its cache, empty, when it looks there). */
const usedCaches = async (page: Page) =>
  Object.entries(await cachedPaths(page))
    .filter(([, paths]) => paths.length > 0)
    .map(([name]) => name)
    .sort();

/** Every stylesheet the page names has loaded (a page of a previous version names its own). */
const styled = (page: Page) => page.evaluate(() => [...document.styleSheets].every((sheet) => sheet.cssRules.length > 0) && document.styleSheets.length > 0);

describe('a first visit', () => {
  it('keeps the shell only: no plan page, province page, data file or index chunk', async () => {
    const { page, served } = await visitOnce(PLAN);
    const shell = shellUrls(readFileSync(join(DIST, 'sw.js'), 'utf8'));
    const cached = await cachedPaths(page);
    const precache = Object.entries(cached).find(([name]) => name.startsWith('workbox-precache'))![1];
    expect(precache).toEqual([...shell].sort());
    // Besides the shell, the server sent only what the plan page itself loaded.
    const notShell = served.filter((path) => !shell.includes(path));
    expect(notShell.filter((path) => !path.startsWith('/_astro/')).sort()).toEqual([PLAN, '/sw.js']);
    for (const pattern of [/^\/ke-hoach\/./, /^\/nghia-vu\/./, /^\/pagefind\/(index|fragment|filter|tinh)\//]) {
      expect(shell.filter((url) => pattern.test(url)), String(pattern)).toEqual([]);
    }
    expect(shell).toEqual(expect.arrayContaining(['/', '/ke-hoach/', '/nghia-vu/', '/tim-kiem/', '/cong-cu/', '/ngoai-tuyen/', '/404.html', '/pagefind/pagefind.js', '/mau/xa.csv']));
    console.log(`First visit to ${PLAN}: ${served.length} requests served, ${shell.length} of them the shell.`);
  });
});

describe('offline, after one visit', () => {
  it('reads a plan opened online, and a clause link into it', async () => {
    const { page, origin, server } = await visitOnce();
    await page.goto(`${origin}${PLAN}`);
    await goOffline(page, server);
    await page.goto(`${origin}${PLAN}#ii-2-b-3`);
    expect(await page.locator('h1').textContent()).toContain('Quyết định số 470/QĐ-TTg');
    expect(await page.locator('#ii-2-b-3').isVisible()).toBe(true);
    expect(await styled(page)).toBe(true);
    // A link without the trailing slash, which a host would redirect, and with a tracking tag.
    await page.goto(`${origin}${PLAN.slice(0, -1)}?fbclid=x`);
    expect(await page.locator('[data-plan-text]').count()).toBe(1);
  });

  it('opens a plan never saved to the offline page, which lists the saved plans', async () => {
    const { page, origin, server } = await visitOnce(OTHER_PLAN);
    await save(page);
    await goOffline(page, server);
    const response = await page.goto(`${origin}${PLAN}`);
    expect(response?.status()).toBe(503);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(OFFLINE_HEADING);
    const saved = page.getByRole('link', { name: /UBND xã An Hưng/ });
    await saved.waitFor();
    expect(await page.locator('[data-saved-list] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([OTHER_PLAN]);
    expect(await axeViolations(page)).toEqual([]);
    await saved.click();
    await page.waitForURL(`${origin}${OTHER_PLAN}`);
    expect(await page.locator('[data-plan-text]').count()).toBe(1);
    // Its original text was saved with it.
    await page.goto(`${origin}${OTHER_PLAN}ban-goc/`);
    expect(await page.locator('h1').count()).toBe(1);
    // An address that does not exist cannot be told from one never saved: the same page.
    await page.goto(`${origin}/khong-co-trang-nay/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(OFFLINE_HEADING);
  });

  it('says so when nothing is saved', async () => {
    const { page, origin, server } = await visitOnce();
    await goOffline(page, server);
    await page.goto(`${origin}${PLAN}`);
    await page.getByText('Chưa có kế hoạch nào được lưu trên máy này.').waitFor();
    expect(await page.locator('[data-saved-list]').isHidden()).toBe(true);
  });

  it('searches what was searched online', async () => {
    const { page, origin, server } = await visitOnce('/tim-kiem/');
    const online = await searchTop(page, 'dan toc thieu so');
    expect(online.length).toBeGreaterThan(0);
    await goOffline(page, server);
    await page.goto(`${origin}/tim-kiem/`);
    const links = await searchTop(page, 'dan toc thieu so');
    expect(links).toEqual(online);
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
    await expect.poll(() => page.locator('.tool__chart canvas').evaluate((c: HTMLCanvasElement) => c.width > 0)).toBe(true);
    // The upload had no dan-toc.csv: a commune's explanation has no ethnic structure.
    const why = page.getByRole('button', { name: 'Vì sao: Xã Phú Đình' });
    const ethnic = page.getByRole('region', { name: 'Cơ cấu theo dân tộc' });
    await why.click();
    await page.getByRole('heading', { name: 'Vì sao: Xã Phú Đình' }).waitFor();
    expect(await ethnic.count()).toBe(0);
    // The example brings its own, read from the cache too. A new run closes the explanation: open it until the example's results are in.
    await page.getByRole('button', { name: 'Dùng dữ liệu ví dụ' }).click();
    await expect
      .poll(async () => {
        await why.click();
        return ethnic.count();
      })
      .toBe(1);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('runs the quality calculator on chat-luong.csv and a roster, with the training chart', async () => {
    const { page, origin, server } = await visitOnce();
    await goOffline(page, server);
    await page.goto(`${origin}/cong-cu/chat-luong-can-bo/`);
    const files = page.locator('.tool-files');
    await files.getByLabel('Số liệu chất lượng theo xã (chat-luong.csv)').setInputFiles(join(SAMPLES, 'vi-du-chat-luong.csv'));
    await files.getByLabel('Danh sách cán bộ (can-bo.csv)').setInputFiles(join(SAMPLES, 'vi-du-can-bo.csv'));
    await files.getByRole('button', { name: 'Tính từ tệp' }).click();
    await page.getByRole('heading', { name: 'Kết quả 4 xã' }).waitFor();
    await page.locator('.quality__people').waitFor();
    expect(await page.locator('.quality__people tbody th').count()).toBe(6);
    await page.getByRole('button', { name: 'Chi tiết: Xã Mỹ An Hưng' }).click();
    await expect.poll(() => page.locator('.tool__detail .quality__trajectory canvas').evaluate((c: HTMLCanvasElement) => c.width > 0)).toBe(true);
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});

describe('the save button', () => {
  it('saves the plan and its original text, says so after a reload, and removes them', async () => {
    const { page } = await visitOnce(OTHER_PLAN);
    const saveButton = page.getByRole('button', { name: 'Lưu kế hoạch này để đọc khi không có mạng' });
    expect(await saveButton.isVisible()).toBe(true);
    await save(page);
    expect((await cachedPaths(page)).saved).toEqual([OTHER_PLAN, `${OTHER_PLAN}ban-goc/`]);
    await page.reload();
    await page.getByRole('status').filter({ hasText: SAVED_TEXT }).waitFor();
    expect(await saveButton.isHidden()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Bỏ lưu' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã bỏ lưu' }).waitFor();
    expect((await cachedPaths(page)).saved).toEqual([]);
    expect(await saveButton.isVisible()).toBe(true);
  });

  it('saves a whole province from its list, and each of its plans then opens offline', async () => {
    const { page, server } = await visitOnce('/ke-hoach/tinh/hai-phong/');
    await page.getByRole('button', { name: 'Lưu các kế hoạch trên địa bàn Hải Phòng để đọc khi không có mạng' }).click();
    await page.getByRole('status').filter({ hasText: SAVED_TEXT }).waitFor();
    const plans = ['/ke-hoach/an-hung-dtts-2026/', '/ke-hoach/ha-bac-chat-luong-can-bo-2026/'];
    expect((await cachedPaths(page)).saved).toEqual(
      ['/ke-hoach/tinh/hai-phong/', '/ke-hoach/tinh/hai-phong.json', '/ke-hoach/tinh/hai-phong/luu.json', ...plans.flatMap((p) => [p, `${p}ban-goc/`])].sort(),
    );
    await goOffline(page, server);
    for (const plan of plans) {
      await page.goto(page.url().replace(/\/ke-hoach\/.*$/, plan));
      await page.locator('[data-plan-text]').waitFor();
      expect(await page.getByRole('heading', { name: OFFLINE_HEADING }).count()).toBe(0);
    }
  });
});

/**
 * A copy of the built site as the next deployment: a changed home page and a renamed
 * stylesheet (as a style change renames it), the old file gone from the server.
 */
function deployNewVersion(root: string): void {
  const astro = join(root, '_astro');
  const css = readdirSync(astro).find((name) => /^BaseLayout\..+\.css$/.test(name))!;
  const renamed = css.replace(/\.css$/, 'v2.css');
  cpSync(join(astro, css), join(astro, renamed));
  rmSync(join(astro, css));
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') || f === 'sw.js')) {
    const path = join(root, file);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll(css, renamed));
  }
  const home = join(root, 'index.html');
  writeFileSync(home, readFileSync(home, 'utf8').replace('<h1', '<p data-new-version>Phiên bản mới</p><h1'));
  const worker = join(root, 'sw.js');
  writeFileSync(worker, readFileSync(worker, 'utf8').replace(/(url:"\/",revision:")(\w+)"/, '$1$2-2"'));
}

async function acceptUpdate(page: Page): Promise<void> {
  const notice = page.getByRole('status').filter({ hasText: 'Đã có phiên bản mới của trang' });
  await notice.waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Tải lại trang' }).click();
}

describe('a new version', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is announced; reloading switches to it, removes the old caches and refreshes saved plans', async () => {
    root = mkdtempSync(join(tmpdir(), 'site-update-'));
    cpSync(DIST, root, { recursive: true });
    const { page, origin, server } = await visitOnce(PLAN, root);
    await save(page);
    await page.goto(`${origin}${OTHER_PLAN}`);
    expect(await usedCaches(page)).toEqual(expect.arrayContaining(['pages', 'saved']));
    expect(await page.getByText('Đã có phiên bản mới').count()).toBe(0);
    deployNewVersion(root);
    await page.goto(`${origin}/`);
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Đã có phiên bản mới của trang' }).waitFor({ timeout: 30_000 });
    // Until the user chooses, the page stays on the version it has.
    expect(await page.locator('[data-new-version]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await acceptUpdate(page);
    await page.locator('[data-new-version]').waitFor({ timeout: 30_000 });
    // Pages read under the old version are gone; the saved plan is fetched again, so no old asset is kept.
    await expect.poll(() => usedCaches(page)).toEqual(['saved', expect.stringMatching(/^workbox-precache/)]);
    const cached = await cachedPaths(page);
    expect(cached.saved).toEqual([PLAN, `${PLAN}ban-goc/`]);
    expect(Object.values(cached).flat().filter((path) => /BaseLayout\.[^v]+\.css$/.test(path) && !path.includes('v2'))).toEqual([]);
    await goOffline(page, server);
    await page.goto(`${origin}${PLAN}`);
    expect(await page.locator('[data-plan-text]').count()).toBe(1);
    expect(await styled(page)).toBe(true);
  }, 90_000);

  it('taking over without a network, keeps the assets saved plans still name', async () => {
    root = mkdtempSync(join(tmpdir(), 'site-update-'));
    cpSync(DIST, root, { recursive: true });
    const { page, origin, server } = await visitOnce(PLAN, root);
    await save(page);
    deployNewVersion(root);
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Đã có phiên bản mới của trang' }).waitFor({ timeout: 30_000 });
    // The new version is installed and waiting; the network goes before the reader accepts it.
    await goOffline(page, server);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Tải lại trang' }).click()]);
    await expect.poll(() => usedCaches(page)).toEqual(['assets-kept', 'saved', expect.stringMatching(/^workbox-precache/)]);
    // The saved copy is of the previous version, its stylesheet no longer on the server: still whole.
    await page.goto(`${origin}${PLAN}`);
    expect(await page.locator('[data-plan-text]').count()).toBe(1);
    expect(await styled(page)).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: SAVED_TEXT }).count()).toBe(1);
  }, 90_000);
});
