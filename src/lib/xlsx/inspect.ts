/**
 * What an uploaded spreadsheet is, told from its bytes before the spreadsheet library is
 * loaded: an Excel workbook (.xlsx, a ZIP archive) and its visible sheets, or one of the
 * files that look like it and cannot be read, each with a message saying what to do.
 */
import { formatCount } from '../csv/numbers';
import { entryBytes, isZip, zipEntries, type ZipEntry } from './zip';

export type Inspected = { ok: true; sheets: string[] } | { ok: false; message: string };

const SAVE_AS = 'Hãy mở tệp bằng Excel, chọn Lưu thành (Save As), kiểu “Excel Workbook (.xlsx)” hoặc “CSV UTF-8 (Comma delimited)”, rồi tải lại.';

export const XLSX_MESSAGES = {
  encrypted:
    'Tệp Excel này được đặt mật khẩu (mã hoá) nên không đọc được. Hãy mở tệp bằng Excel, gỡ mật khẩu ' +
    '(Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hoá bằng mật khẩu, xoá mật khẩu rồi bấm OK), lưu lại rồi tải lên; hoặc lưu thành “CSV UTF-8 (Comma delimited)”.',
  xls: `Đây là tệp Excel 97–2003 (.xls), định dạng cũ mà công cụ không đọc được. ${SAVE_AS}`,
  damaged: `Tệp không đọc được như một tệp Excel (.xlsx): tệp bị hỏng, tải về chưa hết, hoặc không phải tệp Excel. ${SAVE_AS}`,
  ods: 'Đây là tệp bảng tính OpenDocument (.ods, của LibreOffice hoặc OpenOffice). Hãy chọn Lưu thành (Save As), kiểu “Excel 2007-365 (.xlsx)” hoặc CSV (bảng mã UTF-8), rồi tải lại.',
  xlsb: `Đây là tệp Excel Binary Workbook (.xlsb), công cụ không đọc được. ${SAVE_AS}`,
  noSheet: 'Tệp Excel không có trang tính nào đang hiện (mọi trang tính đều bị ẩn). Hãy bỏ ẩn trang tính có dữ liệu, lưu lại rồi tải lên.',
} as const;

/** The first bytes of an OLE2 compound file: an .xls, or an .xlsx locked with a password. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream an encrypted Office file keeps its workbook in, named in UTF-16 in the compound file's directory. */
const ENCRYPTED_STREAM = [...'EncryptedPackage'].flatMap((ch) => [ch.charCodeAt(0), 0]);

export const isOle = (bytes: Uint8Array) => OLE_SIGNATURE.every((byte, i) => bytes[i] === byte);

function includes(bytes: Uint8Array, sequence: readonly number[]): boolean {
  const first = sequence[0];
  for (let at = bytes.indexOf(first!); at !== -1 && at + sequence.length <= bytes.length; at = bytes.indexOf(first!, at + 1)) {
    if (sequence.every((byte, k) => bytes[at + k] === byte)) return true;
  }
  return false;
}

/** Why an OLE2 compound file cannot be read: password-protected, or the old binary format. */
export const oleMessage = (bytes: Uint8Array) => (includes(bytes, ENCRYPTED_STREAM) ? XLSX_MESSAGES.encrypted : XLSX_MESSAGES.xls);

/**
 * The most the sheets and their shared strings may take unpacked. The library holds every
 * cell as an object: a 20,000-row roster (11 MB unpacked) took about 230 MB of memory and
 * 200,000 rows 2.6 GB, more than a browser tab has; CSV reads those.
 */
export const MAX_UNPACKED_MEGABYTES = 25;
const MEGABYTE = 1024 * 1024;

const unpackedSheets = (entries: readonly ZipEntry[]) =>
  entries.filter((e) => e.name.startsWith('xl/worksheets/') || e.name === 'xl/sharedStrings.xml').reduce((sum, e) => sum + e.size, 0);

function tooLargeMessage(bytes: number): string {
  const megabytes = (bytes / MEGABYTE).toFixed(1).replace('.', ',');
  return (
    `Tệp Excel quá lớn để đọc trong trình duyệt: các trang tính chiếm ${megabytes} MB khi giải nén, tối đa ${MAX_UNPACKED_MEGABYTES} MB. ` +
    `Hãy lưu trang tính thành “CSV UTF-8 (Comma delimited)” (Excel: Lưu thành) rồi tải tệp CSV lên: tệp CSV đọc được đến ${formatCount(200_000)} dòng.`
  );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text with its entity and character references replaced. */
export const unescapeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) =>
    ref.startsWith('#x') || ref.startsWith('#X')
      ? String.fromCodePoint(parseInt(ref.slice(2), 16))
      : ref.startsWith('#')
        ? String.fromCodePoint(Number(ref.slice(1)))
        : (ENTITIES[ref] ?? whole),
  );

/** The visible sheets listed in xl/workbook.xml, in the workbook's order. */
export function visibleSheets(workbookXml: string): string[] {
  const sheets: string[] = [];
  for (const [, attributes = ''] of workbookXml.matchAll(/<(?:\w+:)?sheet\s([^>]*)>/g)) {
    const name = /\bname="([^"]*)"/.exec(attributes)?.[1];
    const state = /\bstate="([^"]*)"/.exec(attributes)?.[1] ?? 'visible';
    if (name !== undefined && state === 'visible') sheets.push(unescapeXml(name));
  }
  return sheets;
}

/** Why a ZIP archive without a workbook part is not an .xlsx, in the words of what it is. */
function notWorkbookMessage(names: ReadonlySet<string>): string {
  if (names.has('content.xml') && names.has('mimetype')) return XLSX_MESSAGES.ods;
  if (names.has('xl/workbook.bin')) return XLSX_MESSAGES.xlsb;
  return XLSX_MESSAGES.damaged;
}

/**
 * The visible sheets of an .xlsx, or why it cannot be read: not a ZIP archive, damaged,
 * another format packed as ZIP, too large to read in a tab, or with every sheet hidden.
 */
export async function inspectWorkbook(bytes: Uint8Array): Promise<Inspected> {
  if (isOle(bytes)) return { ok: false, message: oleMessage(bytes) };
  const entries = isZip(bytes) ? zipEntries(bytes) : null;
  if (!entries) return { ok: false, message: XLSX_MESSAGES.damaged };
  const workbook = entries.find((e) => e.name === 'xl/workbook.xml');
  if (!workbook) return { ok: false, message: notWorkbookMessage(new Set(entries.map((e) => e.name))) };
  const unpacked = unpackedSheets(entries);
  if (unpacked > MAX_UNPACKED_MEGABYTES * MEGABYTE) return { ok: false, message: tooLargeMessage(unpacked) };
  const xml = await entryBytes(bytes, workbook);
  if (!xml) return { ok: false, message: XLSX_MESSAGES.damaged };
  const sheets = visibleSheets(new TextDecoder().decode(xml));
  return sheets.length ? { ok: true, sheets } : { ok: false, message: XLSX_MESSAGES.noSheet };
}
