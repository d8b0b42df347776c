/** The minimum counts of 2030 and 2035 beside today's, with what is still missing: for a commune, the province or an ethnic-affairs body. */
import { formatCount as count } from '../../lib/csv/numbers';
import type { Year } from '../../lib/quota/engine';

export interface TargetRow {
  key: string;
  label: string;
  values: Record<Year, number>;
  /** Today's count, and what is still missing; null when not entered. */
  current: number | null;
  gaps: Record<Year, number | null>;
}

const known = (n: number | null) => (n === null ? '—' : count(n));

export function TargetsTable({ label, rows }: { label: string; rows: readonly TargetRow[] }) {
  return (
    <div class="table-scroll" role="region" aria-label={`${label}, cuộn ngang nếu cần`} tabIndex={0}>
      <table class="tool__table">
        <caption>Số tối thiểu phải có và số còn thiếu so với hiện nay</caption>
        <thead>
          <tr>
            <th scope="col">Chỉ tiêu</th>
            <th scope="col">Tối thiểu năm 2030</th>
            <th scope="col">Tối thiểu năm 2035</th>
            <th scope="col">Hiện có</th>
            <th scope="col">Còn thiếu đến 2030</th>
            <th scope="col">Còn thiếu đến 2035</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row">{row.label}</th>
              <td>{count(row.values[2030])}</td>
              <td>{count(row.values[2035])}</td>
              <td>{known(row.current)}</td>
              <td>{known(row.gaps[2030])}</td>
              <td>{known(row.gaps[2035])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
