import { describe, expect, it, vi } from 'vitest';
import { entryBytes, isZip, withEntryTimes, zipEntries } from '../../../src/lib/xlsx/zip';
import { storedZip } from '../../support/zip';
import { workbookBytes } from '../../support/xlsx';

const text = (bytes: Uint8Array | null) => (bytes ? new TextDecoder().decode(bytes) : null);

describe('the ZIP directory', () => {
  it('lists the entries with their stated sizes and reads a stored one', async () => {
    const zip = storedZip([{ name: 'a.txt', data: 'xin chào' }, { name: 'thư mục/b.xml', data: '<b/>', statedSize: 99 }]);
    expect(isZip(zip)).toBe(true);
    const entries = zipEntries(zip)!;
    expect(entries.map((e) => [e.name, e.size])).toEqual([['a.txt', 9], ['thư mục/b.xml', 99]]);
    expect(text(await entryBytes(zip, entries[0]!))).toBe('xin chào');
  });

  it('reads a deflated part of a real workbook', async () => {
    const bytes = new Uint8Array(await workbookBytes([{ name: 'Trang 1', csv: 'a,b\n1,2' }]));
    const workbook = zipEntries(bytes)!.find((e) => e.name === 'xl/workbook.xml')!;
    expect(workbook.method).toBe(8);
    expect(text(await entryBytes(bytes, workbook))).toContain('name="Trang 1"');
  });

  it('gives null for what is not a readable archive', async () => {
    const zip = storedZip([{ name: 'a.txt', data: 'x' }]);
    expect(isZip(new TextEncoder().encode('Mã xã,Tên xã'))).toBe(false);
    expect(zipEntries(zip.subarray(0, zip.length - 30))).toBeNull();
    const broken = zip.slice();
    broken[0] = 0;
    expect(await entryBytes(broken, zipEntries(zip)![0]!)).toBeNull();
  });

  it('makes the same bytes from the same content written at different times', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const write = async (at: string) => {
        vi.setSystemTime(new Date(at));
        return new Uint8Array(await workbookBytes([{ name: 'X', csv: 'a\n1' }], (wb) => { wb.created = wb.modified = new Date(0); }));
      };
      const [first, second] = [await write('2026-03-01T08:00:00Z'), await write('2026-03-02T09:30:00Z')];
      expect(first).not.toEqual(second);
      const fixed = new Date(Date.UTC(2026, 0, 1));
      expect(withEntryTimes(first, zipEntries(first)!, fixed)).toEqual(withEntryTimes(second, zipEntries(second)!, fixed));
    } finally {
      vi.useRealTimers();
    }
  });
});
