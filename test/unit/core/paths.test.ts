/** Addresses are a public interface (docs/links.md): these are the published ones. */
import { describe, expect, it } from 'vitest';
import {
  FEED_PATH,
  OFFLINE_PATH,
  QUALITY_CALCULATOR_PATH,
  QUOTA_CALCULATOR_PATH,
  clausePath,
  documentPath,
  documentProvincePath,
  obligationPath,
  planCalendarPath,
  planPath,
  planRegisterFilePath,
  planRegisterPath,
  planSourcePath,
  provinceDataPath,
  provinceListPath,
  provinceRegisterFilePath,
  provinceRegisterPath,
  provinceSavePath,
  registerFilePath,
} from '../../../src/lib/core/paths';

describe('page paths', () => {
  it('places a plan, its source text and its clauses under /ke-hoach/', () => {
    expect(planPath('thai-nguyen-128-kh-ubnd-2026')).toBe('/ke-hoach/thai-nguyen-128-kh-ubnd-2026/');
    expect(planSourcePath('thai-nguyen-128-kh-ubnd-2026')).toBe('/ke-hoach/thai-nguyen-128-kh-ubnd-2026/ban-goc/');
    expect(clausePath('thai-nguyen-128-kh-ubnd-2026', 'ii-2-b-3')).toBe('/ke-hoach/thai-nguyen-128-kh-ubnd-2026/#ii-2-b-3');
  });
  it('places a province’s list, its data and its offline list under /ke-hoach/tinh/', () => {
    expect(provinceListPath('hai-phong')).toBe('/ke-hoach/tinh/hai-phong/');
    expect(provinceListPath('hai-phong', '?cap=x%C3%A3')).toBe('/ke-hoach/tinh/hai-phong/?cap=x%C3%A3');
    expect(provinceDataPath('hai-phong')).toBe('/ke-hoach/tinh/hai-phong.json');
    expect(provinceSavePath('hai-phong')).toBe('/ke-hoach/tinh/hai-phong/luu.json');
  });
  it('places documents under /van-ban/', () => {
    expect(documentPath('470-qd-ttg-2026-03-24')).toBe('/van-ban/470-qd-ttg-2026-03-24/');
    expect(documentProvincePath('470-qd-ttg-2026-03-24', 'hai-phong')).toBe('/van-ban/470-qd-ttg-2026-03-24/tinh/hai-phong/');
  });
  it('places the register, its files and calendars under /nghia-vu/', () => {
    expect(registerFilePath('csv')).toBe('/nghia-vu/nghia-vu.csv');
    expect(planRegisterPath('a')).toBe('/nghia-vu/ke-hoach/a/');
    expect(planRegisterFilePath('a', 'json')).toBe('/nghia-vu/ke-hoach/a.json');
    expect(planRegisterFilePath('a', 'ics')).toBe(planCalendarPath('a'));
    expect(planCalendarPath('a')).toBe('/nghia-vu/lich/a.ics');
    expect(provinceRegisterPath('hai-phong')).toBe('/nghia-vu/tinh/hai-phong/');
    expect(provinceRegisterFilePath('hai-phong', 'ics')).toBe('/nghia-vu/tinh/hai-phong.ics');
    expect(obligationPath('a', 'nv-3')).toBe('/nghia-vu/ke-hoach/a/#nv-3');
  });
  it('keeps the calculators, the feed and the offline page where they were published', () => {
    expect(QUOTA_CALCULATOR_PATH).toBe('/cong-cu/chi-tieu-dtts/');
    expect(QUALITY_CALCULATOR_PATH).toBe('/cong-cu/chat-luong-can-bo/');
    expect(FEED_PATH).toBe('/cap-nhat.xml');
    expect(OFFLINE_PATH).toBe('/ngoai-tuyen/');
  });
});
