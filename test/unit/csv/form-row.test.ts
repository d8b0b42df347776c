import { describe, expect, it } from 'vitest';
import { queryCodec } from '../../../src/lib/core/url-state';
import { type FormField, fieldParams, formParams } from '../../../src/lib/csv/form-row';

const FIELDS: FormField[] = [
  { key: 'staffQuota', param: 'tinh_bien_che', label: 'Biên chế', required: true },
  { key: 'ten_xa', label: 'Tên xã', required: true, kind: 'text' },
];

describe('a one-record form in the URL', () => {
  it('keeps a field under its own parameter name, or its key, written trimmed and left out when empty', () => {
    expect(fieldParams(FIELDS)).toEqual(['tinh_bien_che', 'ten_xa']);
    const form = queryCodec(formParams(FIELDS));
    expect(form.toSearch({ staffQuota: ' 25 ', ten_xa: '' })).toBe('?tinh_bien_che=25');
    expect(form.fromSearch('?tinh_bien_che=25&staffQuota=9')).toEqual({ staffQuota: '25', ten_xa: '' });
  });
});
