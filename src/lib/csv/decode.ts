/**
 * Turning the bytes of an uploaded CSV into text. Officials' files come as UTF-8 (Excel's
 * "CSV UTF-8"), UTF-16 with a BOM (Excel's "Unicode text"), or Windows-1258 (Excel's
 * plain "CSV" on Vietnamese Windows); some were typed with the pre-Unicode TCVN3 (ABC)
 * or VNI fonts and stay garbled whatever the encoding, which is reported, not passed on.
 */

export type CsvEncoding = 'UTF-8' | 'UTF-8 (BOM)' | 'UTF-16 LE' | 'UTF-16 BE' | 'Windows-1258';
export type DecodedCsv = { ok: true; text: string; encoding: CsvEncoding } | { ok: false; message: string };

const RESAVE = 'Hãy mở tệp bằng Excel, chọn Lưu thành (Save As) với kiểu “CSV UTF-8 (Comma delimited)” rồi tải lại.';

const fail = (message: string): DecodedCsv => ({ ok: false, message });

/** Larger files are refused before they are read, so a wrong file cannot freeze the tab. */
export const MAX_FILE_MEGABYTES = 50;
const MAX_FILE_BYTES = MAX_FILE_MEGABYTES * 1024 * 1024;

/** Why a file of this many bytes is refused, or null when its size is fine. */
export function fileSizeProblem(bytes: number): string | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  const megabytes = (bytes / 1024 / 1024).toFixed(1).replace('.', ',');
  return `Tệp nặng ${megabytes} MB, quá giới hạn ${MAX_FILE_MEGABYTES} MB mỗi tệp. Hãy kiểm tra đã chọn đúng tệp, hoặc chia danh sách thành nhiều tệp.`;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** The text, or null when the bytes are not valid in that encoding. A leading BOM is dropped. */
function decodeStrict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * For bytes that are not valid UTF-8: the line of the first bad byte when the rest is
 * mostly well-formed UTF-8 (a UTF-8 file damaged or pasted together from two encodings),
 * else null. Windows-1258 Vietnamese practically never forms multi-byte UTF-8 sequences.
 */
function damagedUtf8Line(bytes: Uint8Array): number | null {
  let sequences = 0;
  let badBytes = 0;
  let firstBad = -1;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let wellFormed = length > 0 && i + length <= bytes.length;
    for (let k = 1; wellFormed && k < length; k++) wellFormed = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (wellFormed) {
      sequences++;
      i += length;
    } else {
      if (firstBad < 0) firstBad = i;
      badBytes++;
      i++;
    }
  }
  if (firstBad < 0 || sequences <= badBytes) return null;
  return bytes.subarray(0, firstBad).filter((byte) => byte === 0x0a).length + 1;
}

function decode(bytes: Uint8Array): DecodedCsv {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeStrict('utf-8', bytes);
    return text === null ? fail(`Tệp ghi là UTF-8 nhưng có byte không hợp lệ. ${RESAVE}`) : { ok: true, text, encoding: 'UTF-8 (BOM)' };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const littleEndian = bytes[0] === 0xff;
    const text = decodeStrict(littleEndian ? 'utf-16le' : 'utf-16be', bytes);
    if (text === null) return fail(`Tệp UTF-16 bị hỏng (độ dài lẻ hoặc có ký tự không hợp lệ). ${RESAVE}`);
    return { ok: true, text, encoding: littleEndian ? 'UTF-16 LE' : 'UTF-16 BE' };
  }
  // .xlsx is a ZIP archive, .xls an OLE2 compound file: both are common by mistake.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return fail(`Đây là tệp Excel (.xlsx hoặc .xls), không phải tệp CSV. ${RESAVE}`);
  }
  if (bytes.includes(0)) {
    return fail(`Tệp chứa dữ liệu nhị phân (byte 0), không phải tệp văn bản CSV. ${RESAVE}`);
  }
  const utf8 = decodeStrict('utf-8', bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'UTF-8' };
  const damagedLine = damagedUtf8Line(bytes);
  if (damagedLine !== null) {
    return fail(
      `Tệp lưu theo UTF-8 nhưng có byte không hợp lệ ở dòng ${damagedLine} (tệp bị hỏng hoặc ghép từ nhiều bảng mã khác nhau). ${RESAVE}`,
    );
  }
  // Every byte is defined in Windows-1258, so this cannot fail.
  return { ok: true, text: new TextDecoder('windows-1258').decode(bytes), encoding: 'Windows-1258' };
}

// C0 and C1 control characters other than tab, line feed, vertical tab, form feed, carriage return.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

function binaryProblem(text: string): string | null {
  const controls = text.match(CONTROL)?.length ?? 0;
  return controls * 100 > text.length
    ? `Tệp có nhiều ký tự điều khiển, không phải tệp văn bản CSV. ${RESAVE}`
    : null;
}

/*
 * TCVN3 (ABC) and VNI fonts drew Vietnamese letters over Latin-1 code points, so their
 * text read as Unicode shows Latin-1 symbols and non-Vietnamese letters inside words
 * ("Hµ Néi" for Hà Nội, "Ñoàng" for Đồng), or VNI's mark characters after a vowel that
 * never carries a second mark in Vietnamese ("Vieät", "Thaùi").
 */
// ¡…® µ…¹ »…¾ (TCVN3 letters) and the Latin-1 letters that are not in the Vietnamese alphabet.
const LEGACY_CHAR =
  /[\u00a1-\u00ae\u00b5-\u00b9\u00bb-\u00be\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/u;
// NFC Vietnamese has one precomposed letter per vowel: "a" or "e" followed by an accented
// vowel, "o" followed by "â", or any vowel followed by "ù" is VNI's letter-plus-mark.
const VNI_PAIR = /[aeAE][àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]|[oO][âÂ]|[aeiouyAEIOUY][ùÙ]/u;
const WORD = /[\p{L}\p{M}\u00a1-\u00bf\u00d7\u00f7]+/gu;
/** Share of non-ASCII words that must look legacy-encoded: a stray foreign name ("Müller") among Vietnamese is fine. */
const LEGACY_SHARE = 0.2;
/** A legacy font garbles a whole file, so the first words tell; reading them all took most of a second on 200,000 rows. */
const SAMPLE_WORDS = 20_000;
const NON_ASCII = /[^\x00-\x7f]/;

function legacyFontProblem(text: string): string | null {
  let nonAscii = 0;
  let legacy = 0;
  let sample: string | undefined;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null && nonAscii < SAMPLE_WORDS; m = WORD.exec(text)) {
    const word = m[0];
    if (!NON_ASCII.test(word)) continue;
    nonAscii++;
    if (LEGACY_CHAR.test(word) || VNI_PAIR.test(word)) {
      legacy++;
      sample ??= word;
    }
  }
  if (sample === undefined || legacy < LEGACY_SHARE * nonAscii) return null;
  return (
    `Chữ tiếng Việt trong tệp bị lỗi phông (ví dụ “${sample}”): nội dung được gõ bằng bảng mã cũ TCVN3 (ABC) hoặc VNI, không phải Unicode. ` +
    'Hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey: bảng mã nguồn TCVN3 hoặc VNI, bảng mã đích Unicode), ' +
    'rồi trong Excel chọn Lưu thành (Save As) với kiểu “CSV UTF-8 (Comma delimited)” và tải lại.'
  );
}

/**
 * A character outside the ranges most files stay within: printable ASCII and whitespace,
 * Latin-1 to spacing modifiers (Đ, Ơ, Ư), Vietnamese precomposed letters, dashes and
 * quotes. Text of these alone is NFC and has no control characters (every such
 * character and pair of them is unchanged by NFC), so one scan replaces normalising
 * and counting control characters on a 200,000-row roster.
 */
export const UNCOMMON_CHARACTER = /[^\t\n\v\f\r\x20-\x7e\u00a0-\u02ff\u1e00-\u1eff\u2010-\u2027]/;

/**
 * Decodes an uploaded CSV: BOM-marked UTF-8 or UTF-16, else strict UTF-8, else
 * Windows-1258. The text is NFC (Windows-1258 writes tone marks as combining
 * characters) and has no BOM. Empty, binary and legacy-font files are refused with a
 * message saying what to do.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  if (bytes.length === 0) return fail('Tệp rỗng.');
  const tooLarge = fileSizeProblem(bytes.length);
  if (tooLarge !== null) return fail(tooLarge);
  const decoded = decode(bytes);
  if (!decoded.ok) return decoded;
  const common = !UNCOMMON_CHARACTER.test(decoded.text);
  const text = common ? decoded.text : decoded.text.normalize('NFC');
  if (text.trim() === '') return fail('Tệp rỗng.');
  const problem = (common ? null : binaryProblem(text)) ?? legacyFontProblem(text);
  return problem === null ? { ok: true, text, encoding: decoded.encoding } : fail(problem);
}
