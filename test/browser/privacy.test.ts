/**
 * Uploaded files and results stay in the page's memory: after computing from a file with
 * personal data (a commune's figures, a roster's names), nothing of it is in storage,
 * cookies, the URL, the service worker's cache or any request.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { origin, useBrowser } from '../support/browser';
import { openControlled, shellUrls } from '../support/service-worker';
import { DIST } from '../support/static-server';

const { newPage } = useBrowser();
const SECRET = 'Xã Bí Mật Thâm Sơn';
const SECRET_NAME = 'Hờ Thị Bí Mật';
const XA = `Mã xã,Tên xã,Dân số,Dân số DTTS,Biên chế được giao,Cán bộ DTTS hiện có\n91,${SECRET},1000,600,20,3\n`;
const DAN_TOC = 'Mã xã,Dân tộc,Dân số,Số cán bộ\n91,Dao,400,2\n91,Mông,200,1\n';
const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

const ROSTER = `Mã xã,Họ và tên,Giới tính,Ngày sinh,Dân tộc,Đạt chuẩn trình độ chuyên môn\n91,${SECRET_NAME},Nữ,12/05/1990,Mông,không\n`;

/** Everything the tab could have kept or sent, checked after the user computed and downloaded. */
async function expectNothingKept(page: Page, path: string, sent: string[], secrets: string[]) {
  await page.waitForLoadState('networkidle');
  const stored = await page.evaluate(async () => ({
    local: Object.keys(localStorage).length,
    session: Object.keys(sessionStorage).length,
    cookie: document.cookie,
    // Workbox's expiry keeps, per cached site file, its URL and when it was last read.
    databases: (await indexedDB.databases()).map((db) => db.name).filter((name) => name !== 'workbox-expiration'),
    url: location.href,
    cached: (await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname)))).flat(),
  }));
  expect(stored).toMatchObject({ local: 0, session: 0, cookie: '', databases: [], url: `${origin()}${path}` });
  // The caches hold the site's shell, as listed in the worker, and the page itself: nothing else.
  const shell = shellUrls(readFileSync(join(DIST, 'sw.js'), 'utf8'));
  expect(stored.cached.filter((path) => !shell.includes(path) && path !== new URL(stored.url).pathname)).toEqual([]);
  expect(stored.cached).toEqual(expect.arrayContaining(shell));
  const leaked = (line: string) => secrets.some((secret) => line.includes(secret) || line.includes(encodeURIComponent(secret)));
  expect(sent.filter((line) => leaked(line) || !line.startsWith(`GET ${origin()}/`))).toEqual([]);
}

async function openWatched(path: string): Promise<{ page: Page; sent: string[] }> {
  const page = await newPage({ serviceWorkers: 'allow', acceptDownloads: true });
  const sent: string[] = [];
  page.context().on('request', (request) => sent.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
  await openControlled(page, `${origin()}${path}`);
  return { page, sent };
}

describe('privacy', () => {
  it('keeps uploaded data and results out of storage, cookies, the URL, caches and requests', async () => {
    const path = '/cong-cu/chi-tieu-dtts/';
    const { page, sent } = await openWatched(path);
    await page.getByLabel('Danh sách xã (xa.csv)').setInputFiles(csv('xa.csv', XA));
    await page.getByLabel('Dân tộc theo xã (dan-toc.csv)').setInputFiles(csv('dan-toc.csv', DAN_TOC));
    await page.getByRole('button', { name: 'Tính từ tệp' }).click();
    await page.getByRole('heading', { name: 'Kết quả 1 xã' }).waitFor();
    await page.getByRole('button', { name: `Vì sao: ${SECRET}` }).click();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải kết quả (CSV)' }).click()]);
    await expectNothingKept(page, path, sent, [SECRET]);
  });

  it('keeps a roster’s names on screen and in the user’s own download only', async () => {
    const path = '/cong-cu/chat-luong-can-bo/';
    const { page, sent } = await openWatched(path);
    const files = page.locator('.tool-files');
    await files.getByLabel('Danh sách cán bộ (can-bo.csv)').setInputFiles(csv('can-bo.csv', ROSTER));
    await files.getByRole('button', { name: 'Tính từ tệp' }).click();
    await page.getByRole('heading', { name: 'Kết quả 1 xã' }).waitFor();
    await page.locator('.quality__people').waitFor();
    expect(await page.locator('.quality__people tbody th').allTextContents()).toEqual([SECRET_NAME]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải danh sách (CSV)' }).click()]);
    const saved = join(mkdtempSync(join(tmpdir(), 'privacy-')), download.suggestedFilename());
    await download.saveAs(saved);
    expect(readFileSync(saved, 'utf8')).toContain(SECRET_NAME);
    await expectNothingKept(page, path, sent, [SECRET_NAME]);
  });
});
