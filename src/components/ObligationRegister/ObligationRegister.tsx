/**
 * The obligations register table, on two kinds of page:
 * - a plan's page gives its rows, server-rendered (a linked row is there without
 *   JavaScript and highlighted by :target);
 * - a province's page gives the address of the province's JSON, loaded only when the
 *   reader filters or asks for every row, and shown a page of rows at a time.
 * In the browser it adds filters kept in the URL, where each deadline stands today,
 * and downloads of what is shown (CSV, JSON, calendar).
 */
import { clausePath, planPath } from '../../lib/core/paths';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type BodyRef, bodyName } from '../../lib/obligations/bodies';
import { formatIsoDate, formatNumber } from '../../lib/core/vi-format';
import { describeDeadline } from '../../lib/obligations/deadline';
import { registerCsv, registerJson, rowsFromRegisterJson } from '../../lib/obligations/export';
import { hasCalendarDate, registerCalendar } from '../../lib/obligations/ics';
import { obligationLabel } from '../../lib/obligations/note';
import {
  EMPTY_FILTERS,
  RECURRENCE_OPTIONS,
  type DueStatus,
  type FilterOption,
  type RegisterFilters,
  type RegisterRow,
  deadlineWindowOptions,
  dueStatus,
  filterRows,
  filtersFromSearch,
  filtersToSearch,
  hasFilters,
  localToday,
  pageOfRows,
} from '../../lib/obligations/register';
import { saveFile } from '../FileTool/browser-files';

/** A province's rows, not in the page: where to load them and how many there are. */
export interface RowSource {
  url: string;
  total: number;
}

interface Props {
  /** One plan's rows (its page), or… */
  rows?: RegisterRow[];
  /** …a province's, loaded on demand (its page), with its plans to filter by. */
  source?: RowSource;
  plans?: FilterOption[];
  /** One body each ("Sở Nội vụ (Thái Nguyên)"), and kinds of body (every Sở Nội vụ). */
  bodies: FilterOption[];
  kinds: FilterOption[];
  years: number[];
}

type Loading = 'idle' | 'loading' | 'error';

function StatusCell({ status }: { status: DueStatus | null }) {
  if (!status) return <td class="register__status" />;
  switch (status.kind) {
    case 'overdue':
      return (
        <td class="register__status register__status--overdue">
          <strong>⚠ Quá hạn</strong> {status.days} ngày (hạn {formatIsoDate(status.due)})
        </td>
      );
    case 'due-soon':
      return (
        <td class="register__status register__status--soon">
          <strong>⏰ Sắp đến hạn</strong>: {status.days === 0 ? 'hôm nay' : `còn ${status.days} ngày`} (hạn {formatIsoDate(status.due)})
        </td>
      );
    case 'later':
      return <td class="register__status">Hạn tới: {formatIsoDate(status.due)}</td>;
    case 'undated':
      return <td class="register__status">Không có ngày cụ thể</td>;
  }
}

const names = (refs: BodyRef[]) => refs.map(bodyName).join(', ');

/** Who leads; where the plan names no one, says so and quotes the clause that says who directs. */
function LeadCell({ row }: { row: RegisterRow }) {
  if (row.lead.agencies.length) return <td>{names(row.lead.agencies)}</td>;
  const by = row.directedBy;
  return (
    <td>
      <em>Văn bản không nêu</em>
      {by && (
        <span class="register__directed">
          Ai chỉ đạo: <a href={clausePath(row.plan, by.clauseId)}>{by.clauseLabel}</a> — <q>{by.quote}</q>
        </span>
      )}
    </td>
  );
}

function DeadlineCell({ row }: { row: RegisterRow }) {
  const { deadline } = row;
  return (
    <td>
      {deadline.text ? <q>{deadline.text}</q> : null}
      <span class={`register__deadline${deadline.kind === 'unknown' ? ' register__deadline--unknown' : ''}`}>{describeDeadline(deadline)}</span>
      {deadline.condition && (
        <span class="register__condition">
          Điều kiện: <q>{deadline.condition}</q>
        </span>
      )}
    </td>
  );
}

function RowTable({ rows, today }: { rows: readonly RegisterRow[]; today: string | null }) {
  return (
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
          {rows.map((row) => (
            <tr id={row.rowId} key={row.rowId} class="register__row" data-deadline-kind={row.deadline.kind}>
              <td>
                <p class="register__task">{row.task}</p>
                <a class="register__clause" href={clausePath(row.plan, row.clauseId)}>
                  {obligationLabel(row)}, {row.planLabel}
                </a>
              </td>
              <LeadCell row={row} />
              <td>{row.partners.agencies.length ? names(row.partners.agencies) : '—'}</td>
              <td>{row.product ?? '—'}</td>
              <DeadlineCell row={row} />
              <StatusCell status={today ? dueStatus(row, today) : null} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function ObligationRegister({ rows: given, source, plans, bodies, kinds, years }: Props) {
  const [filters, setFilters] = useState<RegisterFilters>(EMPTY_FILTERS);
  // Today is the reader's, known only in the browser; until then no status is shown.
  const [today, setToday] = useState<string | null>(null);
  // The row a link points at (#nv-…), so the filters never hide it without saying so.
  const [target, setTarget] = useState('');
  const [loaded, setLoaded] = useState<RegisterRow[] | null>(null);
  const [loading, setLoading] = useState<Loading>('idle');
  const [page, setPage] = useState(1);

  const load = () => {
    if (!source || loaded || loading === 'loading') return;
    setLoading('loading');
    fetch(source.url)
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      })
      .then((text) => {
        setLoaded(rowsFromRegisterJson(text));
        setLoading('idle');
      })
      .catch(() => setLoading('error'));
  };

  useEffect(() => {
    const fromUrl = filtersFromSearch(location.search);
    // A plan's page has no plan filter: it shows that plan whatever an old link says.
    const initial = plans ? fromUrl : { ...fromUrl, 'ke-hoach': '' };
    setFilters(initial);
    setToday(localToday());
    if (hasFilters(initial)) load();
    const readTarget = () => setTarget(decodeURIComponent(location.hash.slice(1)));
    readTarget();
    addEventListener('hashchange', readTarget);
    return () => removeEventListener('hashchange', readTarget);
  }, []);

  const update = (next: RegisterFilters) => {
    setFilters(next);
    setPage(1);
    history.replaceState(null, '', `${location.pathname}${filtersToSearch(next)}${location.hash}`);
    load();
  };

  const fields: { key: keyof RegisterFilters; label: string; options: FilterOption[] }[] = [
    ...(plans ? [{ key: 'ke-hoach' as const, label: 'Kế hoạch', options: plans }] : []),
    { key: 'co-quan', label: 'Cơ quan (chủ trì hoặc phối hợp)', options: bodies },
    { key: 'loai-co-quan', label: 'Loại cơ quan, mọi nơi (ví dụ mọi Sở Nội vụ)', options: kinds },
    { key: 'han', label: 'Thời hạn', options: deadlineWindowOptions(years) },
    { key: 'lap-lai', label: 'Lặp lại', options: [...RECURRENCE_OPTIONS] },
  ];
  // A value an old link carries that the lists no longer offer.
  const stale = fields.filter(({ key, options }) => filters[key] && !options.some((o) => o.value === filters[key]));

  const rows = given ?? loaded;
  // Filtered once per change of filters, not on every page turn: a province has thousands of rows.
  const shown = useMemo(() => (rows && today ? filterRows(rows, filters, today) : rows), [rows, filters, today]);
  const filtered = Boolean(rows && shown && shown.length !== rows.length);
  // A province's rows come a page at a time; a plan's are few and all on its page, so a linked row is never on another page.
  const view = shown && source ? pageOfRows(shown, page) : null;
  const hiddenTarget = target && rows && shown && !shown.some((r) => r.rowId === target) ? rows.find((r) => r.rowId === target) : undefined;
  const missingTarget = given && target.startsWith('nv-') && !given.some((r) => r.rowId === target);

  const download = (kind: 'csv' | 'json' | 'ics') => {
    if (!shown) return;
    const origin = location.origin;
    if (kind === 'csv') saveFile(registerCsv(shown, origin), 'nghia-vu.csv');
    else if (kind === 'json') saveFile(registerJson(shown, origin), 'nghia-vu.json', 'application/json');
    else saveFile(registerCalendar(shown, { name: 'Nghĩa vụ theo kế hoạch (đã lọc)', origin }), 'nghia-vu.ics', 'text/calendar;charset=utf-8');
  };
  const calendarCount = useMemo(() => (shown ? shown.filter(hasCalendarDate).length : 0), [shown]);

  return (
    <div class="register">
      <form class="register__filters no-print" role="search" aria-label="Lọc nghĩa vụ" onSubmit={(e) => e.preventDefault()}>
        {/* Filtering needs the script; until it runs the fields say so by being disabled. */}
        <fieldset class="register__fieldset" disabled={!today}>
          <legend class="visually-hidden">Điều kiện lọc</legend>
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
        </fieldset>
      </form>
      {stale.map(({ key, label }) => (
        <p class="notice register__stale" key={key}>
          Bộ lọc “{label}” trong địa chỉ có giá trị “{filters[key]}” không còn trong danh mục, nên chưa có nghĩa vụ nào khớp.{' '}
          <button type="button" onClick={() => update({ ...filters, [key]: '' })}>Bỏ điều kiện này</button>
        </p>
      ))}
      <p role="status" class="register__count">
        {rows && shown ? (
          <>
            {filtered ? `${formatNumber(shown.length)} trên ${formatNumber(rows.length)} nghĩa vụ khớp bộ lọc` : `${formatNumber(rows.length)} nghĩa vụ`}
            {view && view.pages > 1 && ` · đang xem ${view.first}–${view.last}`}
            {today && <> · Tình trạng tính đến ngày {formatIsoDate(today)}</>}
          </>
        ) : loading === 'loading' ? (
          `Đang tải ${source?.total} nghĩa vụ của tỉnh…`
        ) : loading === 'error' ? (
          <>
            Không tải được danh mục nghĩa vụ của tỉnh. Kiểm tra kết nối mạng rồi <button type="button" onClick={load}>thử lại</button>, hoặc
            mở từng kế hoạch ở danh sách bên dưới.
          </>
        ) : (
          <>
            Tỉnh có {source?.total} nghĩa vụ. Chọn điều kiện lọc ở trên để xem những nghĩa vụ cần tìm
            {today && (
              <>
                , hoặc <button type="button" onClick={load}>xem tất cả</button>
              </>
            )}
            ; từng kế hoạch có trang riêng ở danh sách bên dưới.
          </>
        )}
      </p>
      {missingTarget && (
        <p class="notice register__missing-target">
          Không có nghĩa vụ mang mã “{target}” trong kế hoạch này: điều khoản có thể đã được sửa hoặc liên kết bị chép thiếu. Các nghĩa vụ
          của kế hoạch ở bảng dưới; văn bản đầy đủ ở <a href={planPath(given[0]?.plan ?? '')}>trang kế hoạch</a>.
        </p>
      )}
      {hiddenTarget && (
        <p class="notice register__hidden-target">
          Nghĩa vụ được dẫn tới ({obligationLabel(hiddenTarget)}, {hiddenTarget.planLabel}) không khớp bộ lọc nên đang bị ẩn.{' '}
          <button type="button" onClick={() => update(EMPTY_FILTERS)}>Bỏ lọc để xem</button>
        </p>
      )}
      {shown && (
        <div class="register__downloads no-print">
          <span>Tải {filtered ? 'phần đang lọc' : 'toàn bộ bảng'}:</span>{' '}
          <button type="button" onClick={() => download('csv')}>Bảng tính (CSV)</button>{' '}
          <button type="button" onClick={() => download('json')}>Dữ liệu (JSON)</button>{' '}
          <button type="button" onClick={() => download('ics')} disabled={calendarCount === 0}>
            Lịch (.ics, {calendarCount} nghĩa vụ có ngày)
          </button>
        </div>
      )}
      {shown && shown.length === 0 && <p>Không có nghĩa vụ nào khớp bộ lọc. Hãy bỏ bớt điều kiện lọc.</p>}
      {shown && shown.length > 0 && <RowTable rows={view ? view.items : shown} today={today} />}
      {view && view.pages > 1 && (
        <nav class="register__pages no-print" aria-label="Các trang của bảng nghĩa vụ">
          <button type="button" disabled={view.page === 1} onClick={() => setPage(view.page - 1)}>‹ Trang trước</button>
          <span>Trang {view.page}/{view.pages}</span>
          <button type="button" disabled={view.page === view.pages} onClick={() => setPage(view.page + 1)}>Trang sau ›</button>
        </nav>
      )}
    </div>
  );
}
