/** Filters, URL state and where a deadline stands on a given day. */
import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  describeFilters,
  dueStatus,
  filterRows,
  filtersFromSearch,
  filtersToSearch,
  hasFilters,
  localToday,
  nextDue,
  pageOfRows,
  registerYears,
} from '../../../src/lib/obligations/register';
import { normaliseDeadline } from '../../../src/lib/obligations/deadline';
import { body, registerRow } from '../../support/obligation-fixture';

const ROWS = [
  registerRow('a', 'Quý III/2026'),
  registerRow('b', 'Trước 01/11 hàng năm', { lead: { text: 'UBND cấp xã', agencies: [body('ubnd-cap-xa')] }, partners: { text: 'Sở Nội vụ', agencies: [body('so-noi-vu')] } }),
  registerRow('c', 'Hằng năm', { plan: 'lai-chau', lead: { text: null, agencies: [] } }),
  registerRow('d', 'Thường xuyên'),
  registerRow('e', 'Giai đoạn 2026 - 2028', { lead: { text: 'Sở Tư pháp', agencies: [body('so-tu-phap')] } }),
  registerRow('f', 'Sơ kết (năm 2028) Tổng kết (năm 2030)'),
  registerRow('g', 'theo quy định'),
  registerRow('h', 'trước ngày 01/12/2026'),
  // Another province's Sở Nội vụ: the same kind of body, not the same body.
  registerRow('i', 'Quý II/2026', { plan: 'dong-thap', lead: { text: 'Sở Nội vụ', agencies: [body('so-noi-vu', 'dong-thap', 'Đồng Tháp')] } }),
  registerRow('j', 'đến hết năm 2030', { deadline: { text: 'đến hết năm 2030', kind: 'horizon' } }),
];
const ids = (rows: { clauseId: string }[]) => rows.map((r) => r.clauseId);
const filters = (search: string) => filtersFromSearch(search);

describe('register filters', () => {
  it('keeps filters in the query string both ways, leaving empty ones out', () => {
    const f = { ...EMPTY_FILTERS, 'co-quan': 'so-noi-vu.thai-nguyen', han: '2026' };
    expect(filtersToSearch(f)).toBe('?co-quan=so-noi-vu.thai-nguyen&han=2026');
    expect(filtersFromSearch('?co-quan=so-noi-vu.thai-nguyen&han=2026&khac=1')).toEqual(f);
    expect(filtersToSearch(EMPTY_FILTERS)).toBe('');
  });

  it('reads a kind in "co-quan", as links made before agencies had a place carry it, as the kind filter', () => {
    expect(filtersFromSearch('?co-quan=so-noi-vu&han=2026')).toEqual({ ...EMPTY_FILTERS, 'loai-co-quan': 'so-noi-vu', han: '2026' });
    expect(filtersToSearch(filtersFromSearch('?co-quan=so-noi-vu'))).toBe('?loai-co-quan=so-noi-vu');
  });

  it('finds "all duties of Thái Nguyên’s Sở Nội vụ due in 2026", as lead or partner, yearly ones included, not Đồng Tháp’s', () => {
    expect(ids(filterRows(ROWS, filters('?co-quan=so-noi-vu.thai-nguyen&han=2026'), '2026-05-01'))).toEqual(['a', 'b', 'h']);
    expect(ids(filterRows(ROWS, filters('?co-quan=so-noi-vu.dong-thap'), '2026-05-01'))).toEqual(['i']);
  });

  it('groups every place’s body of one kind beside one body', () => {
    expect(ids(filterRows(ROWS, filters('?loai-co-quan=so-noi-vu&han=2026'), '2026-05-01'))).toEqual(['a', 'b', 'h', 'i']);
    expect(ids(filterRows(ROWS, filters('?co-quan=so-noi-vu&han=2026'), '2026-05-01'))).toEqual(['a', 'b', 'h', 'i']);
  });

  it('filters by plan, by year (annual work is due every year of the plan) and by recurrence', () => {
    expect(ids(filterRows(ROWS, filters('?ke-hoach=lai-chau'), '2026-05-01'))).toEqual(['c']);
    expect(ids(filterRows(ROWS, filters('?han=2028'), '2026-05-01'))).toEqual(['b', 'c', 'e', 'f']);
    expect(ids(filterRows(ROWS, filters('?han=2025'), '2026-05-01'))).toEqual([]);
    // A horizon is no due date: "đến hết năm 2030" is not due in 2030.
    expect(ids(filterRows(ROWS, filters('?han=2030'), '2026-05-01'))).toEqual(['b', 'c', 'f']);
    expect(ids(filterRows(ROWS, filters('?lap-lai=co'), '2026-05-01'))).toEqual(['b', 'c', 'd']);
    expect(ids(filterRows(ROWS, filters('?lap-lai=khong'), '2026-05-01'))).toEqual(['a', 'e', 'f', 'g', 'h', 'i', 'j']);
  });

  it('filters overdue and due-soon relative to the given day', () => {
    expect(ids(filterRows(ROWS, filters('?han=qua-han'), '2026-11-22'))).toEqual(['a', 'i']);
    expect(ids(filterRows(ROWS, filters('?han=sap-den-han'), '2026-11-22'))).toEqual(['h']);
    expect(ids(filterRows(ROWS, filters('?han=sap-den-han'), '2026-10-15'))).toEqual(['b']);
  });

  it('offers the years from the plans to the last dated deadline', () => {
    expect(registerYears(ROWS)).toEqual([2026, 2027, 2028, 2029, 2030]);
  });
});

describe('dueStatus', () => {
  const status = (deadline: string, today: string) => dueStatus(registerRow('x', deadline), today);

  it('marks a passed one-off deadline overdue, with the days since', () => {
    expect(status('Quý III/2026', '2026-11-22')).toEqual({ kind: 'overdue', due: '2026-09-30', days: 53 });
  });

  it('marks a deadline within 30 days due soon, counting today as 0', () => {
    expect(status('trước ngày 01/12/2026', '2026-11-22')).toEqual({ kind: 'due-soon', due: '2026-11-30', days: 8 });
    expect(status('trước ngày 01/12/2026', '2026-11-30')).toEqual({ kind: 'due-soon', due: '2026-11-30', days: 0 });
    expect(status('trước ngày 01/12/2026', '2026-10-30')).toEqual({ kind: 'later', due: '2026-11-30' });
  });

  it('never marks a yearly deadline overdue: the next one counts', () => {
    expect(status('Trước 01/11 hàng năm', '2026-11-22')).toEqual({ kind: 'later', due: '2027-10-31' });
    expect(status('Trước 01/11 hàng năm', '2026-10-20')).toEqual({ kind: 'due-soon', due: '2026-10-31', days: 11 });
  });

  it('follows milestones one by one, and has no date for continuous or unknown work', () => {
    expect(status('Sơ kết (năm 2028) Tổng kết (năm 2030)', '2029-03-01')).toEqual({ kind: 'later', due: '2030-12-31' });
    expect(status('Sơ kết (năm 2028) Tổng kết (năm 2030)', '2031-01-02')).toEqual({ kind: 'overdue', due: '2030-12-31', days: 2 });
    expect(status('Thường xuyên', '2026-11-22')).toEqual({ kind: 'undated' });
    expect(status('theo quy định', '2026-11-22')).toEqual({ kind: 'undated' });
    expect(dueStatus(ROWS.at(-1)!, '2031-01-02')).toEqual({ kind: 'undated' });
  });

  it('starts a yearly deadline in the plan year', () => {
    expect(nextDue(normaliseDeadline('Trước 01/11 hàng năm'), '2024-12-01', 2026)).toBe('2026-10-31');
  });
});

it('reads today in the reader’s own time zone', () => {
  expect(localToday(new Date(2026, 10, 22, 23, 59))).toBe('2026-11-22');
});

describe('register pages and links', () => {
  it('tells whether any filter is set', () => {
    expect(hasFilters(EMPTY_FILTERS)).toBe(false);
    expect(hasFilters(filters('?lap-lai=co'))).toBe(true);
  });

  it('says the filters of a link in words, values no list knows as written', () => {
    const name = (id: string) => (id === 'so-noi-vu' ? 'Sở Nội vụ' : id);
    expect(describeFilters(filters('?co-quan=so-noi-vu&han=2026'), name)).toEqual(['các cơ quan loại Sở Nội vụ', 'Đến hạn trong năm 2026']);
    expect(describeFilters(filters('?han=qua-han&lap-lai=khong'), name)).toEqual(['Đã quá hạn', 'Không lặp lại']);
    expect(describeFilters(filters('?han=mai-mai&lap-lai=x&co-quan=cu.xa'), name)).toEqual(['cơ quan cu.xa', 'thời hạn mai-mai', 'lặp lại x']);
  });

  it('cuts rows into pages, clamping the page asked for', () => {
    const rows = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOfRows(rows, 1)).toMatchObject({ page: 1, pages: 3, first: 1, last: 50 });
    expect(pageOfRows(rows, 3)).toMatchObject({ page: 3, first: 101, last: 120, items: rows.slice(100) });
    expect(pageOfRows(rows, 9).page).toBe(3);
    expect(pageOfRows(rows, 0).page).toBe(1);
    expect(pageOfRows([], 2)).toEqual({ items: [], page: 1, pages: 1, first: 0, last: 0 });
  });
});
