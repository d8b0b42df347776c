/**
 * A results table the user can sort by a column (clicking it again reverses) and narrow
 * with a filter. `order` is the file's own order. The header cells carry aria-sort.
 */
import { useMemo, useState } from 'preact/hooks';

export type Comparators<T, K extends string> = Record<Exclude<K, 'order'>, (a: T, b: T) => number>;

export function useSortedRows<T, K extends string>(items: readonly T[], comparators: Comparators<T, K>, keep: ((item: T) => boolean) | null) {
  const [sort, setSort] = useState<{ key: K | 'order'; descending: boolean }>({ key: 'order', descending: false });
  const rows = useMemo(() => {
    const filtered = keep ? items.filter(keep) : [...items];
    const sorted = sort.key === 'order' ? filtered : filtered.sort(comparators[sort.key as Exclude<K, 'order'>]);
    return sort.descending ? sorted.reverse() : sorted;
  }, [items, sort, keep]);

  const sortButton = (key: K | 'order', label: string) => {
    const active = sort.key === key;
    return (
      <button type="button" class="tool__sort" onClick={() => setSort({ key, descending: active ? !sort.descending : false })}>
        {label}
        <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    );
  };
  const ariaSort = (key: K | 'order') => (sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined);
  return { rows, sortButton, ariaSort };
}
