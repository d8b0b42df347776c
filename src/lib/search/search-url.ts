/** The search page's state in its URL: /tim-kiem/?q=…&ke-hoach=…&tinh=…&cap=…&nhom=… */

/** Filter keys (also the Pagefind filter names) and their labels. */
export const SEARCH_FILTERS = {
  'ke-hoach': 'Kế hoạch',
  tinh: 'Tỉnh, thành phố',
  cap: 'Cấp ban hành',
  nhom: 'Nhóm kế hoạch',
} as const;
export type SearchFilterKey = keyof typeof SEARCH_FILTERS;
export const SEARCH_FILTER_KEYS = Object.keys(SEARCH_FILTERS) as SearchFilterKey[];

export type SearchFilters = Partial<Record<SearchFilterKey, string>>;

export interface SearchState {
  q: string;
  filters: SearchFilters;
}

export function stateFromSearch(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchFilters = {};
  for (const key of SEARCH_FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return { q: (params.get('q') ?? '').normalize('NFC'), filters };
}

export function stateToSearch({ q, filters }: SearchState): string {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  for (const key of SEARCH_FILTER_KEYS) if (filters[key]) params.set(key, filters[key]!);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** What Pagefind is asked: NFC (a query typed or pasted in NFD finds the same), single spaces. */
export function prepareQuery(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/g, ' ').trim();
}
