/**
 * The importer's command: what it writes for a plan, that it never overwrites, and the
 * Vietnamese message (with nothing written) for a file that is not a .docx, an encrypted
 * or old Word file, or a Word file with no plan structure. Also Word's list numbering.
 */
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs, runImport } from '../../../src/import/cli';
import { type NumberingDefs, numberCounter } from '../../../src/import/numbering';
import { docxFromSeed } from '../../support/docx-fixture';
import { seedOf } from '../../support/import-compare';

let root: string;
const files = () => ['plans', 'sources'].flatMap((dir) => readdirSync(join(root, 'content', dir)).map((f) => `${dir}/${f}`)).sort();
const write = (name: string, bytes: Uint8Array | string) => {
  const path = join(root, name);
  writeFileSync(path, bytes);
  return path;
};
const run = (file: string, slug?: string) => runImport({ file, slug, root, today: '2026-12-05' });
const wordFile = async (...lines: string[]) => new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: lines.map((text) => new Paragraph(text)) }] })));

/** The start of an OLE compound file (an old .doc, or an encrypted .docx) with the given stream names. */
function oleFile(...streams: string[]): Uint8Array {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  return new Uint8Array(Buffer.concat([header, ...streams.map((name) => Buffer.from(name.padEnd(64, '\0'), 'utf16le'))]));
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'plan-import-'));
  mkdirSync(join(root, 'content/plans'), { recursive: true });
  mkdirSync(join(root, 'content/sources'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a file that is not a plan in Word', () => {
  it.each([
    ['a text file', () => 'Kế hoạch số 12', 'không phải văn bản Word .docx'],
    ['a PDF scan', () => '%PDF-1.7\n…', 'là tệp PDF (bản quét hoặc bản in)'],
    ['an encrypted Word file', () => oleFile('Root Entry', 'EncryptionInfo', 'EncryptedPackage'), 'được đặt mật khẩu (mã hoá)'],
    ['a Word 97–2003 file', () => oleFile('Root Entry', 'WordDocument'), 'văn bản Word 97–2003 (.doc)'],
    ['a zip that is not Word', () => zipSync({ 'bang.csv': new TextEncoder().encode('a,b') }), 'không có phần word/document.xml'],
    ['an empty file', () => '', 'rỗng'],
  ])('%s: says what it is and writes nothing', async (_name, bytes, message) => {
    const result = await run(write('tep.docx', bytes()));
    expect(result.code).toBe(1);
    expect(result.output).toContain('Không nhập được: Tệp “tep.docx”');
    expect(result.output).toContain(message);
    expect(result.output).toContain('Không ghi tệp nào.');
    expect(files()).toEqual([]);
  });

  it.each([
    ['no "KẾ HOẠCH" line', ['Thông tin chung', 'Một đoạn văn.'], 'không thấy dòng tên loại văn bản “KẾ HOẠCH”'],
    ['another kind of document', ['QUYẾT ĐỊNH', 'Về việc phê duyệt …', 'Điều 1. Phê duyệt …'], 'là quyết định, không phải kế hoạch'],
    ['no numbered clause', ['KẾ HOẠCH', 'Tổ chức hội nghị', 'Căn cứ tình hình thực tế, tổ chức hội nghị.', 'Nơi nhận:', '- Lưu: VT.'], 'không thấy mục, khoản nào được đánh số'],
  ])('a Word file with %s: says why it is no plan and writes nothing', async (_name, lines, message) => {
    const result = await run(write('ke-hoach.docx', await wordFile(...lines)));
    expect(result.code).toBe(1);
    expect(result.output).toContain(message);
    expect(files()).toEqual([]);
  });
});

describe('importing a plan', () => {
  it('writes the source and the draft, prints the report, and never overwrites', async () => {
    const file = write('ha-bac.docx', await docxFromSeed(seedOf('ha-bac-chat-luong-can-bo-2026')));
    const first = await run(file);
    expect(first.code).toBe(0);
    expect(first.written).toEqual(['content/sources/ha-bac-kh-197-kh-ubnd-2026.txt', 'content/plans/ha-bac-kh-197-kh-ubnd-2026.mdx']);
    expect(files()).toEqual(['plans/ha-bac-kh-197-kh-ubnd-2026.mdx', 'sources/ha-bac-kh-197-kh-ubnd-2026.txt']);
    expect(first.output).toContain('Cần người điền hoặc xem:\n  - number: số hiệu để trống (“Số: /KH-UBND”): dự thảo');
    expect(first.output).toContain('Bản nháp dựng được trang');
    expect(readFileSync(join(root, 'content/plans/ha-bac-kh-197-kh-ubnd-2026.mdx'), 'utf8')).toContain('source: "ha-bac-kh-197-kh-ubnd-2026.txt"');

    const again = await run(file);
    expect(again.code).toBe(1);
    expect(again.output).toContain('Đã có kế hoạch “ha-bac-kh-197-kh-ubnd-2026”');
    const other = await run(file, 'Ha Bac');
    expect(other.output).toContain('Địa chỉ kế hoạch “Ha Bac” không dùng được');
    expect(files()).toHaveLength(2);
  });

  it('reads its arguments, and says how to call it when they are wrong', () => {
    expect(parseArgs(['ke-hoach.docx', '--slug', 'ha-bac-2026'])).toEqual({ file: 'ke-hoach.docx', slug: 'ha-bac-2026' });
    expect(parseArgs(['--slug=ha-bac-2026', 'ke-hoach.docx'])).toEqual({ file: 'ke-hoach.docx', slug: 'ha-bac-2026' });
    expect(parseArgs([]).error).toContain('Thiếu tệp cần nhập. Cách dùng: npm run plan:import -- <tệp.docx>');
    expect(parseArgs(['a.docx', 'b.docx']).error).toContain('Chỉ nhập một tệp mỗi lần');
    expect(parseArgs(['a.docx', '--ghi-de']).error).toContain('Không hiểu tuỳ chọn “--ghi-de”');
  });
});

describe("Word's list numbering", () => {
  const level = (format: string, text: string, start = 1) => ({ format, text, start, legal: false });
  const defs = (): NumberingDefs => ({
    abstracts: new Map([
      ['outline', new Map([[0, level('upperRoman', '%1.')], [1, level('decimal', '%2.')], [2, level('decimal', '%2.%3.')]])],
      ['points', new Map([[0, level('lowerLetter', '%1)')]])],
      ['bullets', new Map([[0, level('bullet', '\uF02D')], [1, level('bullet', '+')]])],
      ['circles', new Map([[0, level('decimalEnclosedCircle', '%1')]])],
    ]),
    nums: new Map([
      ['1', { abstractId: 'outline', startOverrides: new Map(), levels: new Map() }],
      ['2', { abstractId: 'outline', startOverrides: new Map(), levels: new Map() }],
      ['3', { abstractId: 'points', startOverrides: new Map([[0, 1]]), levels: new Map() }],
      ['4', { abstractId: 'points', startOverrides: new Map([[0, 1]]), levels: new Map() }],
      ['5', { abstractId: 'outline', startOverrides: new Map([[0, 5]]), levels: new Map() }],
      ['6', { abstractId: 'bullets', startOverrides: new Map(), levels: new Map() }],
      ['7', { abstractId: 'circles', startOverrides: new Map(), levels: new Map() }],
    ]),
  });

  it('prints each level in its format, restarts lower levels, and continues lists that share a definition', () => {
    const next = numberCounter(defs());
    const printed = [
      next('1', 0), next('1', 1), next('1', 2), next('1', 2), next('1', 1), next('3', 0), next('3', 0),
      next('2', 0), next('2', 1), next('4', 0), next('5', 0), next('5', 1),
    ].map((n) => n?.text);
    expect(printed).toEqual(['I.', '1.', '1.1.', '1.2.', '2.', 'a)', 'b)', 'II.', '1.', 'a)', 'V.', '1.']);
  });

  it('gives bullets their character, a Symbol-font dash as "-", and says when a format is one it cannot print', () => {
    const next = numberCounter(defs());
    expect([next('6', 0), next('6', 1)].map((n) => [n?.text, n?.bullet])).toEqual([['-', true], ['+', true]]);
    expect(next('7', 0)).toMatchObject({ text: '1', known: false });
    expect(next('0', 0)).toBeNull();
    expect(next('99', 0)).toBeNull();
  });
});
