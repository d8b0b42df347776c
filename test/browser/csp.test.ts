/**
 * The Content-Security-Policy holds on every page type while it is used: no violation
 * and no console error while reading, searching and computing, with the service worker on.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openDocument, origin, settled, useBrowser } from '../support/browser';
import { searchTop } from '../support/search';
import { workerActive } from '../support/service-worker';
import { DIST } from '../support/static-server';
import { XLSX_MIME, sample, workbookBytes } from '../support/xlsx';

const { filePage } = useBrowser();
const SAMPLES = join(import.meta.dirname, '../../public/mau');

/** CSP violations, console errors and uncaught exceptions seen since the current test began. */
const problems: string[] = [];
let watching: Promise<Page> | undefined;

/**
 * The file's one page, recording problems from the start of every document. Every address
 * opens in it, as a reader goes from page to page: the service worker installs on the
 * first and then serves the others.
 */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  watching ??= (async () => {
    const page = await filePage({ serviceWorkers: 'allow', acceptDownloads: true });
    await page.clock.install();
    await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`CSP: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    return page;
  })();
  const page = await watching;
  problems.length = 0;
  return { page, problems };
}

const ACTIONS: Record<string, (page: Page) => Promise<void>> = {
  '/': async () => {},
  '/ke-hoach/': async (page) => {
    await page.getByLabel('Cấp ban hành').selectOption('xã');
    await page.getByText(/khớp bộ lọc/).waitFor();
  },
  '/ke-hoach/tinh/hai-phong/': async (page) => {
    await page.getByLabel('Nhóm kế hoạch').selectOption('dtts');
    await page.getByText(/khớp bộ lọc/).waitFor();
  },
  '/ke-hoach/tinh/lao-cai/': async () => {},
  '/ke-hoach/thai-nguyen-128-kh-ubnd-2026/#ii-2-b-3': async (page) => {
    await page.locator('[data-clause="ii-2-b-3"] > .clause-tools [data-copy="cite"]').focus();
  },
  '/ke-hoach/lai-chau-nq-05-nq-tu-2026/ban-goc/': async () => {},
  '/nghia-vu/': async () => {},
  '/cong-cu/': async () => {},
  '/tim-kiem/': async (page) => {
    expect((await searchTop(page, 'dao tao can bo')).length).toBeGreaterThan(0);
  },
  '/cong-cu/chi-tieu-dtts/?ten_xa=X%C3%A3+A&dan_so=100&dan_so_dtts=40&bien_che=20&can_bo_dtts=2': async (page) => {
    await page.getByRole('heading', { name: 'Kết quả: Xã A' }).waitFor();
    await page.getByLabel('Danh sách xã (xa.csv)').setInputFiles(join(SAMPLES, 'vi-du-xa.csv'));
    await page.getByRole('button', { name: 'Tính từ tệp' }).click();
    await page.getByRole('heading', { name: 'Kết quả 8 xã' }).waitFor();
    await expect.poll(() => page.locator('.tool__chart canvas').evaluate((c: HTMLCanvasElement) => c.width > 0)).toBe(true);
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải kết quả (CSV)' }).click()]);
    // An Excel workbook: its sheets listed, the spreadsheet library loaded by the worker, the results written as .xlsx.
    const workbook = await workbookBytes([{ name: 'Hướng dẫn', csv: 'x' }, { name: 'Xã', csv: sample('vi-du-xa.csv') }]);
    await page.getByLabel('Danh sách xã (xa.csv)').setInputFiles({ name: 'xa.xlsx', mimeType: XLSX_MIME, buffer: workbook });
    await page.getByLabel('Trang tính có số liệu trong xa.xlsx').selectOption('Xã');
    await page.getByRole('button', { name: 'Tính từ tệp' }).click();
    await page.getByText('Đã đọc: xa.xlsx (trang tính “Xã”).').waitFor();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải kết quả (Excel)' }).click()]);
  },
  '/khong-co-trang-nay/': async () => {},
};

/**
 * Every other built page (a calculator that lands later included) is at least loaded; the
 * 34 province lists are one page type, covered above by a province with plans and one without.
 */
const OTHERS = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('index.html'))
  .map((file) => `/${file.replace(/index\.html$/, '')}`)
  .filter((page) => !page.startsWith('/ke-hoach/tinh/'))
  .filter((page) => !Object.keys(ACTIONS).some((path) => path.split(/[?#]/)[0] === page));

describe('Content-Security-Policy', () => {
  it.each([...Object.keys(ACTIONS), ...OTHERS])('%s: no violation or error while in use', async (path) => {
    const { page, problems } = await watchedPage();
    await openDocument(page, `${origin()}${path}`);
    await settled(page);
    await ACTIONS[path]?.(page);
    await settled(page);
    // The service worker registers too: it is allowed by worker-src 'self'.
    await workerActive(page);
    // The browser logs the 404 status of the "not found" page itself; nothing else is expected.
    const expected = path === '/khong-co-trang-nay/' ? /status of 404/ : /$^/;
    expect(problems.filter((problem) => !expected.test(problem))).toEqual([]);
  });

  it('is strict on every built page: no unsafe-inline or eval, no other origin, connect-src self', () => {
    const pages = ['index.html', 'ke-hoach/thai-nguyen-128-kh-ubnd-2026/index.html', 'cong-cu/chi-tieu-dtts/index.html', 'tim-kiem/index.html', '404.html'];
    for (const file of pages) {
      const html = readFileSync(join(DIST, file), 'utf8');
      const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
      expect(csp, file).toContain("connect-src 'self'");
      expect(csp, file).toContain("default-src 'self'");
      expect(csp, file).toContain("object-src 'none'");
      expect(csp, file).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
      // Every inline script and style is allowed by its own hash (JSON-LD is data, not run).
      const inline = [...html.matchAll(/<(script|style)([^>]*)>([\s\S]*?)<\/\1>/g)].filter(([, , attributes]) => !/\bsrc=|ld\+json/.test(attributes!));
      expect(inline.length, file).toBeGreaterThan(0);
      for (const [, , , body] of inline) {
        expect(csp, `${file}: ${body!.slice(0, 60)}`).toContain(`'sha256-${createHash('sha256').update(body!).digest('base64')}'`);
      }
    }
  });

  it('is also sent as a header, with framing forbidden, for hosts that read _headers', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/ke-hoach\/thai-nguyen-128-kh-ubnd-2026\/\n {2}Content-Security-Policy: default-src 'self';.*frame-ancestors 'none'$/m);
    expect(headers).toContain('X-Content-Type-Options: nosniff');
  });
});
