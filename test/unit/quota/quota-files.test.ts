import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFromFiles, type InputFile } from '../../../src/lib/quota/quota-files';
import { QD470_THAI_NGUYEN } from '../../../src/lib/quota/rules';

const sample = (name: string): InputFile => ({ name, bytes: new Uint8Array(readFileSync(join(import.meta.dirname, '../../../public/mau', name))) });
const text = (name: string, content: string): InputFile => ({ name, bytes: new TextEncoder().encode(content) });

describe('computeFromFiles', () => {
  it('computes the example data set offered on the page, with its companions', () => {
    const out = computeFromFiles({ xa: sample('vi-du-xa.csv'), danToc: sample('vi-du-dan-toc.csv'), donVi: sample('vi-du-don-vi.csv') }, QD470_THAI_NGUYEN);
    expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(out.results.map((r) => r.code)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08']);
    expect(out.encodings[0]).toEqual({ file: 'vi-du-xa.csv', encoding: 'UTF-8 (BOM)' });
    const binhYen = out.results[1]!;
    expect(binhYen.minimumPercent).toBe(35);
    expect(binhYen.warnings).toContain('văn bản không quy định mức cho tỷ lệ đúng 70%');
    expect(out.ethnicGroups).toHaveLength(9);
    expect(out.serviceUnits).toHaveLength(4);
  });

  it.each([
    ['xa.csv', { xa: sample('xa.csv') }],
    ['dan-toc.csv', { xa: sample('vi-du-xa.csv'), danToc: sample('dan-toc.csv') }],
    ['don-vi.csv', { xa: sample('vi-du-xa.csv'), donVi: sample('don-vi.csv') }],
  ])('recognises every header of the empty template %s: its only problem is having no data yet', (name, files) => {
    const out = computeFromFiles(files, QD470_THAI_NGUYEN);
    expect(out.issues).toEqual([
      { file: name, row: null, column: null, message: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.', severity: 'error' },
    ]);
    expect(out.results).toEqual([]);
  });

  it('reports companion rows for communes missing from xa.csv, and gives no partial results', () => {
    const out = computeFromFiles(
      { xa: sample('vi-du-xa.csv'), donVi: text('don-vi.csv', 'ma_xa,ten_don_vi,so_nguoi,so_dtts,quan_ly_dtts\n99,Trường X,10,5,1\n') },
      QD470_THAI_NGUYEN,
    );
    expect(out.issues).toContainEqual(expect.objectContaining({ file: 'don-vi.csv', row: 2, message: 'Mã xã “99” không có trong tệp xa.csv.' }));
    expect(out.results).toEqual([]);
  });

  it('says which file cannot be decoded', () => {
    const out = computeFromFiles({ xa: text('xa.csv', '') }, QD470_THAI_NGUYEN);
    expect(out.issues[0]).toMatchObject({ file: 'xa.csv', row: null, severity: 'error' });
  });
});
