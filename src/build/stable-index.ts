/**
 * Pagefind 1.5 writes each filter file with its values in a hash map's order, which changes
 * from run to run (Pagefind issue 638: fragments are stable, "filter/metadata indexes" not).
 * New filter names then change the bundle's meta file and `pagefind-entry.json`, and so
 * the service worker: every deploy, even of unchanged sources, would look like a new
 * version. `stableFilters` rewrites a bundle's filters in a fixed order, names them by their
 * content, and renames the meta accordingly (docs/offline.md, "Reproducible builds").
 *
 * Pagefind's files are gzip of "pagefind_dcd" followed by CBOR. Only the CBOR types Pagefind
 * writes there are read: unsigned integers, text and arrays; anything else stops the build.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

type Cbor = number | string | Cbor[];

const SIGNATURE = 'pagefind_dcd';

function decodeCbor(bytes: Uint8Array): Cbor {
  let at = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = info - 24;
    const value = size === 0 ? view.getUint8(at) : size === 1 ? view.getUint16(at) : size === 2 ? view.getUint32(at) : Number(view.getBigUint64(at));
    at += 1 << size;
    return value;
  };
  const item = (): Cbor => {
    const head = bytes[at++]!;
    const [major, info] = [head >> 5, head & 31];
    const n = length(info);
    if (major === 0) return n;
    if (major === 3) {
      const text = new TextDecoder().decode(bytes.subarray(at, at + n));
      at += n;
      return text;
    }
    if (major === 4) return Array.from({ length: n }, item);
    throw new Error(`Pagefind file with a CBOR type this build does not read (major type ${major}): check the Pagefind version.`);
  };
  const value = item();
  if (at !== bytes.length) throw new Error('Pagefind file longer than its CBOR value.');
  return value;
}

function encodeCbor(value: Cbor): Buffer {
  const head = (major: number, n: number) => {
    if (n < 24) return Buffer.from([(major << 5) | n]);
    if (n < 0x100) return Buffer.from([(major << 5) | 24, n]);
    if (n < 0x10000) return Buffer.from([(major << 5) | 25, n >> 8, n & 255]);
    const out = Buffer.alloc(5);
    out[0] = (major << 5) | 26;
    out.writeUInt32BE(n, 1);
    return out;
  };
  if (typeof value === 'number') return head(0, value);
  if (typeof value === 'string') {
    const text = Buffer.from(value, 'utf8');
    return Buffer.concat([head(3, text.length), text]);
  }
  return Buffer.concat([head(4, value.length), ...value.map(encodeCbor)]);
}

export function readPagefindFile(gzipped: Uint8Array): Cbor {
  const bytes = gunzipSync(gzipped);
  if (bytes.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error('Not a Pagefind file.');
  return decodeCbor(bytes.subarray(SIGNATURE.length));
}

export function writePagefindFile(value: Cbor): Buffer {
  // Node's gzip writes no time stamp: the same value gives the same bytes.
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), encodeCbor(value)]));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A filter `[name, [[value, [page, …]], …]]` with values, and each value's pages, sorted. */
export function sortedFilter(filter: Cbor): Cbor {
  if (!Array.isArray(filter) || typeof filter[0] !== 'string' || !Array.isArray(filter[1])) throw new Error('Unexpected Pagefind filter file.');
  const values = filter[1].map((entry) => {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) throw new Error('Unexpected Pagefind filter value.');
    return [entry[0], [...(entry[1] as number[])].sort((a, b) => a - b)] as Cbor[];
  });
  return [filter[0], values.sort((a, b) => compare(a[0] as string, b[0] as string))];
}

/** Pagefind's names: the language, then a content hash (7 hex digits for filters, 10 for the meta). */
export const contentName = (language: string, bytes: Uint8Array, digits: number) => `${language}_${createHash('sha256').update(bytes).digest('hex').slice(0, digits)}`;

/**
 * A bundle's meta with every filter renamed as `names` maps, and its list of filters
 * (`[[name, file], …]`, also in a hash map's order) sorted by name.
 */
export function renamed(meta: Cbor, names: ReadonlyMap<string, string>): Cbor {
  const files = new Set(names.values());
  const rename = (value: Cbor): Cbor => {
    if (typeof value === 'string') return names.get(value) ?? value;
    if (!Array.isArray(value)) return value;
    const items = value.map(rename);
    const isFilterList = items.length > 0 && items.every((item) => Array.isArray(item) && item.length === 2 && typeof item[0] === 'string' && files.has(item[1] as string));
    return isFilterList ? items.sort((a, b) => compare((a as string[])[0]!, (b as string[])[0]!)) : items;
  };
  return rename(meta);
}
