/** axe finds nothing on every page type, on a desktop and on a 360 px phone. */
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { openDocument, origin, settled, useBrowser } from '../support/browser';

const { filePage } = useBrowser();

const PAGES = [
  '/',
  '/ke-hoach/',
  '/ke-hoach/?tinh=H%E1%BA%A3i+Ph%C3%B2ng',
  '/ke-hoach/?cap=x%C3%A3',
  '/ke-hoach/?tinh=H%C3%A0+T%C3%A2y&can-cu=999%2FQ%C4%90-TTg',
  '/ke-hoach/tinh/hai-phong/',
  '/ke-hoach/tinh/hai-phong/?nhom=dtts',
  '/ke-hoach/tinh/lao-cai/',
  '/ke-hoach/thai-nguyen-128-kh-ubnd-2026/#ii-2-b-3',
  '/ke-hoach/an-hung-dtts-2026/',
  '/ke-hoach/dong-thap-nq-14-nq-tu-2026/',
  '/ke-hoach/lai-chau-nq-05-nq-tu-2026/ban-goc/',
  '/van-ban/',
  '/van-ban/470-qd-ttg-2026-03-24/',
  '/van-ban/470-qd-ttg-2026-03-24/tinh/hai-phong/',
  '/nghia-vu/',
  '/nghia-vu/?co-quan=so-noi-vu&han=2026',
  '/nghia-vu/#nv-khong-co-ke-hoach-nay-ii-2',
  '/nghia-vu/tinh/thai-nguyen/',
  '/nghia-vu/tinh/thai-nguyen/?co-quan=so-noi-vu&han=2026',
  '/nghia-vu/tinh/dong-thap/?han=qua-han&lap-lai=khong',
  '/nghia-vu/tinh/ha-noi/',
  '/nghia-vu/ke-hoach/an-hung-dtts-2026/?han=2030',
  '/nghia-vu/ke-hoach/ha-bac-chat-luong-can-bo-2026/#nv-ha-bac-chat-luong-can-bo-2026-ii-2',
  '/nghia-vu/ke-hoach/lai-chau-nq-05-nq-tu-2026/',
  '/nghia-vu/ke-hoach/dong-thap-nq-14-nq-tu-2026/#nv-dong-thap-nq-14-nq-tu-2026-iii-6-2-1-viec-2',
  '/nghia-vu/tinh/hai-phong/?co-quan=phong-van-hoa-xa-hoi.hai-phong.xa-an-hung',
  '/ke-hoach/ha-bac-chat-luong-can-bo-2026/',
  '/cong-cu/chi-tieu-dtts/',
  '/cong-cu/chi-tieu-dtts/?ten_xa=X%C3%A3+A&dan_so=100&dan_so_dtts=40&bien_che=20&can_bo_dtts=2',
  '/cong-cu/chi-tieu-dtts/?bien_che=12%2C5',
  '/cong-cu/chat-luong-can-bo/',
  '/cong-cu/chat-luong-can-bo/?ten_xa=X%C3%A3+A&so_lanh_dao=10&lanh_dao_dat_chuan=9&so_cbccvc=60&ty_le_hai_long=85&chuyen_doi_so=c%C3%B3&can_bo_dtts=25&dtts_da_dao_tao=4',
  '/cong-cu/chat-luong-can-bo/?so_lanh_dao=12%2C5',
  '/cong-cu/',
  '/tim-kiem/',
  '/tim-kiem/?q=dao+tao&tinh=Th%C3%A1i+Nguy%C3%AAn',
  '/tim-kiem/?q=khongcotu',
  '/tim-kiem/?q=d%C3%A2n+t%E1%BB%99c',
  '/tim-kiem/?q=dao+tao&ke-hoach=99%2FKH-UBND',
  '/khong-co-trang-nay/',
  '/ngoai-tuyen/',
];

describe.each([
  ['desktop', { width: 1366, height: 900 }],
  ['phone', { width: 360, height: 740 }],
])('accessibility (%s)', (_name, viewport) => {
  it.each(PAGES)('%s', async (path) => {
    // One page per viewport for the file; each address is a new document.
    const page = await filePage({ viewport });
    await openDocument(page, `${origin()}${path}`);
    await settled(page);
    if (/^\/ke-hoach\/(tinh\/[^/]+\/)?\?/.test(path)) await page.waitForFunction(() => !/^Đang/.test(document.querySelector('.plan-filter__count')?.textContent ?? 'Đang'));
    // Each register page is checked as it ends up: rows with their status, the province list with any message.
    if (/^\/nghia-vu\/(ke-hoach\/|tinh\/.+\?)/.test(path)) await page.getByText(/Tình trạng tính đến ngày/).waitFor();
    else if (path.startsWith('/nghia-vu/tinh/')) await page.locator('.register__fieldset:not([disabled]), main .notice').first().waitFor();
    else if (path.startsWith('/nghia-vu/?') || path.startsWith('/nghia-vu/#')) await page.locator('.register-entry__problem, .register-entry__choose').waitFor();
    if (path.startsWith('/tim-kiem/?')) await page.waitForFunction(() => /có trong|Không tìm thấy|không còn dùng được/.test(document.querySelector('.search__status')?.textContent ?? ''));
    expect(await axeViolations(page)).toEqual([]);
  });
});
