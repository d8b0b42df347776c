/**
 * The little of a ZIP archive an .xlsx needs before the spreadsheet library is loaded:
 * which parts it holds, how large they are unpacked, and the bytes of one small part
 * (the list of sheets). Everything is found from the central directory at the end of the
 * file, so a 14 MB workbook is not unpacked to list its sheets.
 */

export interface ZipEntry {
  name: string;
  /** 0: stored, 8: deflated. */
  method: number;
  compressedSize: number;
  /** Unpacked size, as the directory states it. */
  size: number;
  /** Where the entry's central directory record starts. */
  centralOffset: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_LENGTH = 22;
const CENTRAL_LENGTH = 46;
const LOCAL_LENGTH = 30;
const MAX_COMMENT = 0xffff;

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Whether the bytes begin as a ZIP archive does (an .xlsx, but also an .ods or .docx). */
export const isZip = (bytes: Uint8Array) => bytes.length >= 4 && view(bytes).getUint32(0, true) === LOCAL_HEADER;

/** The archive's entries, or null when its central directory cannot be read (a truncated or damaged file). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const data = view(bytes);
  const names = new TextDecoder();
  const lowest = Math.max(0, bytes.length - END_LENGTH - MAX_COMMENT);
  for (let end = bytes.length - END_LENGTH; end >= lowest; end--) {
    if (data.getUint32(end, true) !== END_OF_DIRECTORY) continue;
    const count = data.getUint16(end + 10, true);
    let at = data.getUint32(end + 16, true);
    const entries: ZipEntry[] = [];
    for (let i = 0; i < count; i++) {
      if (at + CENTRAL_LENGTH > bytes.length || data.getUint32(at, true) !== CENTRAL_HEADER) return null;
      const nameLength = data.getUint16(at + 28, true);
      const next = at + CENTRAL_LENGTH + nameLength + data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
      if (next > bytes.length) return null;
      entries.push({
        name: names.decode(bytes.subarray(at + CENTRAL_LENGTH, at + CENTRAL_LENGTH + nameLength)),
        method: data.getUint16(at + 10, true),
        compressedSize: data.getUint32(at + 20, true),
        size: data.getUint32(at + 24, true),
        centralOffset: at,
        localOffset: data.getUint32(at + 42, true),
      });
      at = next;
    }
    return entries;
  }
  return null;
}

/** An entry's unpacked bytes, or null when they cannot be read (damaged, or packed by a method other than deflate). */
export async function entryBytes(bytes: Uint8Array, entry: ZipEntry): Promise<Uint8Array | null> {
  const data = view(bytes);
  const local = entry.localOffset;
  if (local + LOCAL_LENGTH > bytes.length || data.getUint32(local, true) !== LOCAL_HEADER) return null;
  const start = local + LOCAL_LENGTH + data.getUint16(local + 26, true) + data.getUint16(local + 28, true);
  if (start + entry.compressedSize > bytes.length) return null;
  const packed = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return packed;
  if (entry.method !== 8) return null;
  try {
    const stream = new Blob([packed.slice()]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return null;
  }
}

/**
 * A copy of the archive with every entry's modification time set to `date` (to the two
 * seconds ZIP keeps), so that the same content always makes the same bytes: ZIP writers
 * stamp each entry with the time of writing.
 */
export function withEntryTimes(bytes: Uint8Array, entries: readonly ZipEntry[], date: Date): Uint8Array<ArrayBuffer> {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const copy = bytes.slice();
  const data = view(copy);
  for (const entry of entries) {
    data.setUint16(entry.centralOffset + 12, time, true);
    data.setUint16(entry.centralOffset + 14, day, true);
    data.setUint16(entry.localOffset + 10, time, true);
    data.setUint16(entry.localOffset + 12, day, true);
  }
  return copy;
}
