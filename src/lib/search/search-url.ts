/** The search page's state in its URL: /tim-kiem/?q=…&ke-hoach=…&tinh=…&cap=…&nhom=… */
import { presentParams, queryCodec, stateFields, textParam } from '../core/url-state';

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

/** The query is read in NFC (a link typed on another keyboard may come decomposed) and written trimmed; only filters that are set appear. */
const searchState = queryCodec(
  stateFields<SearchState>({
  q: textParam('q', { read: (q) => q.normalize('NFC'), write: (q) => q.trim() }),
  filters: presentParams(SEARCH_FILTER_KEYS),
  }),
);

export const stateFromSearch = searchState.fromSearch;
export const stateToSearch = searchState.toSearch;

/** What Pagefind is asked: NFC (a query typed or pasted in NFD finds the same), single spaces. */
export function prepareQuery(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/g, ' ').trim();
}
