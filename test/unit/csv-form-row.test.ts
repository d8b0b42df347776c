import { describe, expect, it } from 'vitest';
import { type FormField, fieldParams, replaceParams, setValueParams, valuesFromParams } from '../../src/lib/csv/form-row';

const FIELDS: FormField[] = [
  { key: 'staffQuota', param: 'tinh_bien_che', label: 'Biên chế', required: true },
  { key: 'ten_xa', label: 'Tên xã', required: true, kind: 'text' },
];

describe('a one-record form in the URL', () => {
  it('keeps a field under its own parameter name, or its key', () => {
    expect(fieldParams(FIELDS)).toEqual(['tinh_bien_che', 'ten_xa']);
    const params = new URLSearchParams();
    setValueParams(FIELDS, { staffQuota: ' 25 ', ten_xa: '' }, params);
    expect(params.toString()).toBe('tinh_bien_che=25');
    expect(valuesFromParams(FIELDS, params)).toEqual({ staffQuota: '25', ten_xa: '' });
  });

  it('replaces only its own parameters, so forms sharing a page keep each other’s', () => {
    const search = '?quy-tac=kh-128&ten_xa=Xã+A&tinh_bien_che=25&tinh_nu_dtts=4';
    const replaced = new URLSearchParams(replaceParams(search, ['tinh_bien_che', 'tinh_nu_dtts'], '?tinh_bien_che=30'));
    expect([...replaced]).toEqual([['quy-tac', 'kh-128'], ['ten_xa', 'Xã A'], ['tinh_bien_che', '30']]);
    expect(replaceParams('?tinh_nu_dtts=4', ['tinh_nu_dtts'], '?')).toBe('');
  });
});
