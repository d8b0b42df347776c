import { describe, expect, it } from 'vitest';
import { MAX_UNPACKED_MEGABYTES, XLSX_MESSAGES, inspectWorkbook, unescapeXml, visibleSheets } from '../../../src/lib/xlsx/inspect';
import { isWorkbook } from '../../../src/lib/xlsx/workbook-files';
import { oleFile, storedZip } from '../../support/zip';
import { workbookBytes } from '../../support/xlsx';

const workbookXml = (sheets: string) => `<?xml version="1.0"?><workbook xmlns:r="r"><sheets>${sheets}</sheets></workbook>`;

describe('what an uploaded spreadsheet is', () => {
  it('lists the visible sheets of a workbook, in order', async () => {
    const bytes = new Uint8Array(
      await workbookBytes([{ name: 'Hướng dẫn', csv: 'x' }, { name: 'Danh sách xã', csv: 'x' }], (wb) => {
        wb.addWorksheet('Ẩn').state = 'hidden';
        wb.addWorksheet('Rất ẩn').state = 'veryHidden';
      }),
    );
    expect(await inspectWorkbook(bytes)).toEqual({ ok: true, sheets: ['Hướng dẫn', 'Danh sách xã'] });
  });

  it('reads sheet names with XML escapes and either prefix', () => {
    expect(visibleSheets(workbookXml('<sheet name="A &amp; B" sheetId="1" r:id="rId1"/><x:sheet name="&#272;&#xF4;ng" sheetId="2"/>'))).toEqual(['A & B', 'Đông']);
    expect(unescapeXml('&lt;&quot;&apos;&gt;&unknown;')).toBe('<"\'>&unknown;');
  });

  it('tells a password-protected workbook from an old .xls', async () => {
    expect(await inspectWorkbook(oleFile('EncryptedPackage'))).toEqual({ ok: false, message: XLSX_MESSAGES.encrypted });
    expect(await inspectWorkbook(oleFile('Workbook'))).toEqual({ ok: false, message: XLSX_MESSAGES.xls });
    expect(XLSX_MESSAGES.encrypted).toContain('mật khẩu');
    expect(XLSX_MESSAGES.xls).toContain('Lưu thành (Save As), kiểu “Excel Workbook (.xlsx)” hoặc “CSV UTF-8 (Comma delimited)”');
  });

  it('says what a ZIP archive that is no workbook is', async () => {
    expect(await inspectWorkbook(storedZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' }, { name: 'content.xml', data: '<x/>' }]))).toEqual({ ok: false, message: XLSX_MESSAGES.ods });
    expect(await inspectWorkbook(storedZip([{ name: 'xl/workbook.bin', data: '' }]))).toEqual({ ok: false, message: XLSX_MESSAGES.xlsb });
    expect(await inspectWorkbook(storedZip([{ name: 'word/document.xml', data: '' }]))).toEqual({ ok: false, message: XLSX_MESSAGES.damaged });
  });

  it('calls a truncated or garbled file damaged', async () => {
    const bytes = new Uint8Array(await workbookBytes([{ name: 'X', csv: 'a\n1' }]));
    expect(await inspectWorkbook(bytes.subarray(0, bytes.length / 2))).toEqual({ ok: false, message: XLSX_MESSAGES.damaged });
    expect(await inspectWorkbook(new TextEncoder().encode('PK\u0003\u0004 không phải zip'))).toEqual({ ok: false, message: XLSX_MESSAGES.damaged });
  });

  it('refuses a workbook whose sheets are too large to read in a tab, saying to use CSV', async () => {
    const big = (MAX_UNPACKED_MEGABYTES + 1) * 1024 * 1024;
    const zip = storedZip([
      { name: 'xl/workbook.xml', data: workbookXml('<sheet name="A" sheetId="1"/>') },
      { name: 'xl/worksheets/sheet1.xml', data: '', statedSize: big },
    ]);
    const inspected = await inspectWorkbook(zip);
    expect(inspected.ok).toBe(false);
    expect(!inspected.ok && inspected.message).toContain(`26,0 MB khi giải nén, tối đa ${MAX_UNPACKED_MEGABYTES} MB`);
    expect(!inspected.ok && inspected.message).toContain('CSV UTF-8');
    const small = storedZip([{ name: 'xl/workbook.xml', data: workbookXml('<sheet name="A" sheetId="1"/>') }, { name: 'xl/worksheets/sheet1.xml', data: '', statedSize: big / 2 }]);
    expect(await inspectWorkbook(small)).toEqual({ ok: true, sheets: ['A'] });
  });

  it('refuses a workbook with every sheet hidden', async () => {
    const zip = storedZip([{ name: 'xl/workbook.xml', data: workbookXml('<sheet name="A" sheetId="1" state="hidden"/>') }]);
    expect(await inspectWorkbook(zip)).toEqual({ ok: false, message: XLSX_MESSAGES.noSheet });
  });

  it('takes a file for a workbook by its content, not its name', () => {
    expect(isWorkbook(storedZip([{ name: 'a.txt', data: '' }]))).toBe(true);
    expect(isWorkbook(oleFile())).toBe(true);
    expect(isWorkbook(new TextEncoder().encode('\uFEFFMã xã,Tên xã'))).toBe(false);
  });
});
