import { describe, expect, it } from 'vitest';
import { choiceParam, flagParam, numberParam, presentParams, queryCodec, replaceParams, stateFields, textParam, textParams } from '../../../src/lib/core/url-state';

const CHOICES = [{ id: 'a' }, { id: 'b' }];
const byId = (id: string | null) => CHOICES.find((c) => c.id === id) ?? CHOICES[0]!;

const codec = queryCodec(
  stateFields({
    q: textParam('q', { read: (q) => q.normalize('NFC'), write: (q) => q.trim() }),
    rules: choiceParam('quy-tac', byId, (c) => c.id),
    year: numberParam('nam', (year) => year >= 2000 && year <= 2035, 2026),
    values: textParams(['ten_xa', 'dan_so'], { write: (v) => v.trim() }),
  }),
);

describe('a state in the query string', () => {
  it('writes its parts in the order they are given, leaving out empty text', () => {
    expect(codec.toSearch({ q: ' dân tộc ', rules: CHOICES[1]!, year: 2027, values: { ten_xa: 'Xã A', dan_so: '  ' } })).toBe(
      '?q=d%C3%A2n+t%E1%BB%99c&quy-tac=b&nam=2027&ten_xa=X%C3%A3+A',
    );
  });
  it('reads back what it wrote', () => {
    const state = { q: 'dân tộc', rules: CHOICES[1]!, year: 2030, values: { ten_xa: 'Xã A', dan_so: '1200' } };
    expect(codec.fromSearch(codec.toSearch(state))).toEqual(state);
  });
  it('reads absent or unknown parameters as defaults', () => {
    expect(codec.fromSearch('?quy-tac=zzz&nam=1999')).toEqual({ q: '', rules: CHOICES[0], year: 2026, values: { ten_xa: '', dan_so: '' } });
    expect(codec.fromSearch('?nam=2027.5').year).toBe(2026);
    expect(codec.fromSearch('').values).toEqual({ ten_xa: '', dan_so: '' });
  });
  it('reads a value typed decomposed (NFD) as NFC when told to', () => {
    expect(codec.fromSearch(`?q=${encodeURIComponent('xã'.normalize('NFD'))}`).q).toBe('xã');
  });
  it('writes nothing at all, not "?", for an empty state', () => {
    const filters = queryCodec(textParams(['tinh', 'cap']));
    expect(filters.toSearch({ tinh: '', cap: '' })).toBe('');
    expect(filters.toSearch({ tinh: '', cap: 'xã' })).toBe('?cap=x%C3%A3');
  });
  it('keeps only the filters that are set when asked', () => {
    const filters = queryCodec(presentParams(['tinh', 'cap', 'nhom']));
    expect(filters.fromSearch('?tinh=&cap=x%C3%A3&khac=1')).toEqual({ cap: 'xã' });
    expect(filters.toSearch({ nhom: 'DTTS' })).toBe('?nhom=DTTS');
  });
});

describe('states sharing a page', () => {
  it('writes a yes/no as "co" when yes and leaves it out when no', () => {
    const flag = queryCodec(flagParam('co-quan-lanh-dao'));
    expect(flag.toSearch(true)).toBe('?co-quan-lanh-dao=co');
    expect(flag.toSearch(false)).toBe('');
    expect(flag.fromSearch('?co-quan-lanh-dao=khong')).toBe(false);
  });

  it('replaces only its own parameters, so forms sharing a page keep each other’s', () => {
    const search = '?quy-tac=kh-128&ten_xa=Xã+A&tinh_bien_che=25&tinh_nu_dtts=4';
    const replaced = new URLSearchParams(replaceParams(search, ['tinh_bien_che', 'tinh_nu_dtts'], '?tinh_bien_che=30'));
    expect([...replaced]).toEqual([['quy-tac', 'kh-128'], ['ten_xa', 'Xã A'], ['tinh_bien_che', '30']]);
    expect(replaceParams('?tinh_nu_dtts=4', ['tinh_nu_dtts'], '')).toBe('');
  });
});
