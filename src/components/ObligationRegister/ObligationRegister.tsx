/**
 * The obligations register: the full table is server-rendered (works without
 * JavaScript); in the browser it adds filters kept in the URL, where each deadline
 * stands today, and downloads of what is shown (CSV, JSON, calendar).
 */
import { useEffect, useState } from 'preact/hooks';
import { agencyName } from '../../lib/obligations/agencies';
import { describeDeadline, formatIsoVi } from '../../lib/obligations/deadline';
import { registerCsv, registerJson } from '../../lib/obligations/export';
import { hasCalendarDate, registerCalendar } from '../../lib/obligations/ics';
import {
  EMPTY_FILTERS,
  type DueStatus,
  type RegisterFilters,
  type RegisterRow,
  dueStatus,
  filterRows,
  filtersFromSearch,
  filtersToSearch,
  localToday,
} from '../../lib/obligations/register';
import { planPath } from '../../lib/plan-format';
import { saveFile } from '../FileTool/browser-files';

interface Option {
  value: string;
  label: string;
}

interface Props {
  rows: RegisterRow[];
  plans: Option[];
  agencies: Option[];
  years: number[];
}

function StatusCell({ status }: { status: DueStatus | null }) {
  if (!status) return <td class="register__status" />;
  switch (status.kind) {
    case 'overdue':
      return (
        <td class="register__status register__status--overdue">
          <strong>⚠ Quá hạn</strong> {status.days} ngày (hạn {formatIsoVi(status.due)})
        </td>
      );
    case 'due-soon':
      return (
        <td class="register__status register__status--soon">
          <strong>⏰ Sắp đến hạn</strong>: {status.days === 0 ? 'hôm nay' : `còn ${status.days} ngày`} (hạn {formatIsoVi(status.due)})
        </td>
      );
    case 'later':
      return <td class="register__status">Hạn tới: {formatIsoVi(status.due)}</td>;
    case 'undated':
      return <td class="register__status">Không có ngày cụ thể</td>;
  }
}

export default function ObligationRegister({ rows, plans, agencies, years }: Props) {
  const [filters, setFilters] = useState<RegisterFilters>(EMPTY_FILTERS);
  // Today is the reader's, known only in the browser; until then no status is shown.
  const [today, setToday] = useState<string | null>(null);
  // The row a link points at (/nghia-vu/#nv-…), so the filters never hide it without saying so.
  const [target, setTarget] = useState('');
  useEffect(() => {
    setFilters(filtersFromSearch(location.search));
    setToday(localToday());
    const readTarget = () => setTarget(decodeURIComponent(location.hash.slice(1)));
    readTarget();
    addEventListener('hashchange', readTarget);
    return () => removeEventListener('hashchange', readTarget);
  }, []);

  const update = (next: RegisterFilters) => {
    setFilters(next);
    history.replaceState(null, '', `${location.pathname}${filtersToSearch(next)}${location.hash}`);
  };
  const shown = today ? filterRows(rows, filters, today) : rows;
  const filtered = shown.length !== rows.length;
  const hiddenTarget = target && !shown.some((r) => r.rowId === target) ? rows.find((r) => r.rowId === target) : undefined;

  const fields: { key: keyof RegisterFilters; label: string; options: Option[] }[] = [
    { key: 'ke-hoach', label: 'Kế hoạch', options: plans },
    { key: 'co-quan', label: 'Cơ quan (chủ trì hoặc phối hợp)', options: agencies },
    {
      key: 'han',
      label: 'Thời hạn',
      options: [
        { value: 'qua-han', label: 'Đã quá hạn' },
        { value: 'sap-den-han', label: 'Sắp đến hạn (30 ngày tới)' },
        ...years.map((y) => ({ value: String(y), label: `Đến hạn trong năm ${y}` })),
      ],
    },
    {
      key: 'lap-lai',
      label: 'Lặp lại',
      options: [
        { value: 'co', label: 'Có lặp lại (hằng năm, thường xuyên)' },
        { value: 'khong', label: 'Không lặp lại' },
      ],
    },
  ];

  const download = (kind: 'csv' | 'json' | 'ics') => {
    const origin = location.origin;
    if (kind === 'csv') saveFile(registerCsv(shown, origin), 'nghia-vu.csv');
    else if (kind === 'json') saveFile(registerJson(shown, origin), 'nghia-vu.json', 'application/json');
    else saveFile(registerCalendar(shown, { name: 'Nghĩa vụ theo kế hoạch (đã lọc)', origin }), 'nghia-vu.ics', 'text/calendar;charset=utf-8');
  };
  const calendarCount = shown.filter(hasCalendarDate).length;

  return (
    <div class="register">
      <form class="register__filters no-print" role="search" aria-label="Lọc nghĩa vụ" onSubmit={(e) => e.preventDefault()}>
        {fields.map(({ key, label, options }) => (
          <div class="register__field" key={key}>
            <label for={`loc-${key}`}>{label}</label>
            <select id={`loc-${key}`} name={key} value={filters[key]} onChange={(e) => update({ ...filters, [key]: e.currentTarget.value })}>
              <option value="">Tất cả</option>
              {options.map((o) => (
                <option value={o.value} key={o.value}>{o.label}</option>
              ))}
            </select>
          </div>
        ))}
        <button type="button" onClick={() => update(EMPTY_FILTERS)}>Bỏ lọc</button>
      </form>
      <p role="status" class="register__count">
        {filtered ? `${shown.length} trên ${rows.length} nghĩa vụ khớp bộ lọc` : `${rows.length} nghĩa vụ`}
        {today && <> · Tình trạng tính đến ngày {formatIsoVi(today)}</>}
      </p>
      {hiddenTarget && (
        <p class="notice register__hidden-target">
          Nghĩa vụ được dẫn tới ({hiddenTarget.clauseLabel}, {hiddenTarget.planLabel}) không khớp bộ lọc nên đang bị ẩn.{' '}
          <button type="button" onClick={() => update(EMPTY_FILTERS)}>Bỏ lọc để xem</button>
        </p>
      )}
      <div class="register__downloads no-print">
        <span>Tải {filtered ? 'phần đang lọc' : 'toàn bộ danh mục'}:</span>{' '}
        <button type="button" onClick={() => download('csv')}>Bảng tính (CSV)</button>{' '}
        <button type="button" onClick={() => download('json')}>Dữ liệu (JSON)</button>{' '}
        <button type="button" onClick={() => download('ics')} disabled={calendarCount === 0}>
          Lịch (.ics, {calendarCount} nghĩa vụ có ngày)
        </button>
      </div>
      {shown.length === 0 ? (
        <p>Không có nghĩa vụ nào khớp bộ lọc. Hãy bỏ bớt điều kiện lọc.</p>
      ) : (
        <div class="table-scroll" role="region" aria-label="Bảng nghĩa vụ, cuộn ngang nếu cần" tabindex={0}>
          <table class="register__table">
            <caption class="visually-hidden">Nghĩa vụ theo kế hoạch: nhiệm vụ, cơ quan chủ trì, phối hợp, sản phẩm, thời hạn và tình trạng</caption>
            <thead>
              <tr>
                <th scope="col">Nhiệm vụ</th>
                <th scope="col">Cơ quan chủ trì</th>
                <th scope="col">Cơ quan phối hợp</th>
                <th scope="col">Sản phẩm</th>
                <th scope="col">Thời hạn</th>
                <th scope="col">Tình trạng</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr id={row.rowId} key={row.rowId} class="register__row" data-deadline-kind={row.deadline.kind}>
                  <td>
                    <p class="register__task">{row.task}</p>
                    <a class="register__clause" href={`${planPath(row.plan)}#${row.clauseId}`}>
                      {row.clauseLabel}, {row.planLabel}
                    </a>
                  </td>
                  <td>{row.lead.agencies.length ? row.lead.agencies.map(agencyName).join(', ') : <em>Văn bản không nêu</em>}</td>
                  <td>{row.partners.agencies.length ? row.partners.agencies.map(agencyName).join(', ') : '—'}</td>
                  <td>{row.product ?? '—'}</td>
                  <td>
                    {row.deadline.text ? <q>{row.deadline.text}</q> : null}
                    <span class={`register__deadline${row.deadline.kind === 'unknown' ? ' register__deadline--unknown' : ''}`}>
                      {describeDeadline(row.deadline)}
                    </span>
                  </td>
                  <StatusCell status={today ? dueStatus(row, today) : null} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
