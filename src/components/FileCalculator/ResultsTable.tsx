/**
 * The results table of a calculator on files: sortable by its columns (the header cells
 * carry aria-sort), narrowed by its one filter, drawn 50 rows at a time, each row's name a
 * button that opens the row's detail.
 */
import { useMemo, useState } from 'preact/hooks';
import { formatCount as count } from '../../lib/csv/numbers';
import { type Comparators, useSortedRows } from '../FileTool/sorted-rows';
import type { Column, ResultTable } from './config';

/** Rows drawn at first and per "show more": a screenful or two, drawn at once even on an old PC. */
export const PAGE = 50;

const sortKey = <T, V>(column: Column<T, V>) => (column.sort === 'file' ? 'order' : column.id);

/** The rows in the order and with the filter the user chose; kept while a new job runs, as the user left them. */
export function useResultRows<T, V>(all: readonly T[], table: ResultTable<T, V>) {
  const comparators = useMemo(
    () => Object.fromEntries(table.columns.flatMap((c) => (typeof c.sort === 'function' ? [[c.id, c.sort]] : []))) as Comparators<T, string>,
    [table],
  );
  const [filtered, setFiltered] = useState(false);
  const sorted = useSortedRows(all, comparators, filtered ? table.filter.keep : null);
  return { ...sorted, filtered, setFiltered };
}

export type ResultRows<T> = ReturnType<typeof useResultRows<T, unknown>>;

export function ResultsTable<T, V>({ table, sorted, unit, onDetail, detailLabel }: {
  table: ResultTable<T, V>;
  sorted: ResultRows<T>;
  unit: string;
  onDetail: (code: string) => void;
  detailLabel: string;
}) {
  const [shown, setShown] = useState(PAGE);
  const { rows, sortButton, ariaSort } = sorted;
  const views = useMemo(() => rows.slice(0, shown).map((row) => ({ row, view: table.view(row) })), [rows, shown]);
  const nameCell = (row: T, key: string) => (
    <th scope="row" key={key}>
      <button type="button" class="tool__commune" onClick={() => onDetail(table.code(row))} aria-label={`${detailLabel}: ${table.name(row)}`}>{table.name(row)}</button>
    </th>
  );
  return (
    <>
      <div class="table-scroll" role="region" aria-label={`Bảng kết quả các ${unit}, cuộn ngang nếu cần`} tabIndex={0}>
        <table class={table.class}>
          <caption>{table.caption(rows.length, sorted.filtered)}</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th scope="col" key={c.id} aria-sort={c.sort ? ariaSort(sortKey(c)) : undefined}>{c.sort ? sortButton(sortKey(c), c.header) : c.header}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {views.map(({ row, view }) => (
              <tr key={table.code(row)} data-code={table.code(row)}>
                {table.columns.map((c) => (c.cell === 'name' ? nameCell(row, c.id) : <td key={c.id}>{c.cell(view)}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > shown && (
        <p class="no-print">
          <button type="button" onClick={() => setShown(shown + PAGE)}>Hiện thêm {count(Math.min(PAGE, rows.length - shown))} {unit}</button>
        </p>
      )}
    </>
  );
}
