/** Pagefind's filter files rewritten in a fixed order: same content, same bytes, same name. */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { contentName, readPagefindFile, renamed, sortedFilter, writePagefindFile } from '../../../src/build/stable-index';

describe('Pagefind files', () => {
  it('read back what is written: text of any length, integers of any size, nested arrays', () => {
    const value = ['tinh', [['Lai Châu', [3]], ['x'.repeat(300), [0, 23, 24, 255, 256, 65_535, 65_536, 4_000_000]]], []];
    expect(readPagefindFile(writePagefindFile(value))).toEqual(value);
  });

  it('refuse what is not a Pagefind file, or a CBOR type they do not read', () => {
    expect(() => readPagefindFile(gzipSync(Buffer.from('something else')))).toThrow('Not a Pagefind file');
    // A CBOR map (major type 5).
    expect(() => readPagefindFile(gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0xa0])])))).toThrow(/major type 5/);
  });
});

describe('a filter in a fixed order', () => {
  const one = ['tinh', [['Lai Châu', [3]], ['Hải Phòng', [2, 0]], ['Đồng Tháp', [1]]]];
  const other = ['tinh', [['Đồng Tháp', [1]], ['Lai Châu', [3]], ['Hải Phòng', [0, 2]]]];

  it('has the same bytes and name whatever order Pagefind wrote it in', () => {
    const [a, b] = [writePagefindFile(sortedFilter(one)), writePagefindFile(sortedFilter(other))];
    expect(a.equals(b)).toBe(true);
    expect(contentName('vi', a, 7)).toMatch(/^vi_[0-9a-f]{7}$/);
    expect(contentName('vi', a, 7)).toBe(contentName('vi', b, 7));
    expect(sortedFilter(one)).toEqual(['tinh', [['Hải Phòng', [0, 2]], ['Lai Châu', [3]], ['Đồng Tháp', [1]]]]);
  });

  it('renames the filters a meta file names and sorts their list, and changes nothing else', () => {
    const meta = ['1.5.2', [['vi_p2', 12], ['vi_p1', 7]], [['tinh', 'vi_old1'], ['cap', 'vi_old2']], ['title', 'words']];
    const names = new Map([['vi_old1', 'vi_new1'], ['vi_old2', 'vi_new2']]);
    expect(renamed(meta, names)).toEqual(['1.5.2', [['vi_p2', 12], ['vi_p1', 7]], [['cap', 'vi_new2'], ['tinh', 'vi_new1']], ['title', 'words']]);
  });
});
