/**
 * The register's first page (/nghia-vu/): the provinces, each with its counts, linking
 * to its register. In the browser it also takes in links made before the register was
 * split by plan and province:
 * - /nghia-vu/#nv-<plan>-<clause> goes to that row on its plan's page;
 * - /nghia-vu/?ke-hoach=<plan>&… goes to that plan's page, the other filters kept;
 * - /nghia-vu/?co-quan=<body>&… names one body, which sits in one province: it goes to
 *   that province's page with the filters;
 * - other filters (?loai-co-quan=…&han=…) need a province: the page says so, and the province
 *   links carry the filters.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatNumber } from '../../lib/core/vi-format';
import { agencyName } from '../../lib/obligations/agencies';
import { bodyProvinceSlug } from '../../lib/obligations/bodies';
import { planRegisterFilePath, planRegisterPath, provinceRegisterPath } from '../../lib/core/paths';
import { describeFilters, filtersFromSearch, filtersToSearch, hasFilters } from '../../lib/obligations/register';
import { resolveRowLink } from '../../lib/obligations/row-link';

export interface ProvinceCount {
  slug: string;
  name: string;
  plans: number;
  obligations: number;
}

type Arrival =
  | { kind: 'none' }
  | { kind: 'forwarding' }
  | { kind: 'unknown-row'; rowId: string }
  /** The plan files could not be fetched (offline, most likely): nothing is known yet. */
  | { kind: 'unreachable'; what: string }
  | { kind: 'unknown-plan'; plan: string }
  | { kind: 'choose-province'; filters: string[] };

/** A plan's row ids from its JSON file, or null when there is no such plan. */
async function planRows(plan: string): Promise<string[] | null> {
  const response = await fetch(planRegisterFilePath(plan, 'json'));
  if (!response.ok) return null;
  return ((await response.json()) as { rowId: string }[]).map((row) => row.rowId);
}

export default function RegisterEntry({ provinces }: { provinces: ProvinceCount[] }) {
  const [arrival, setArrival] = useState<Arrival>({ kind: 'none' });
  const [search, setSearch] = useState('');

  useEffect(() => {
    const filters = filtersFromSearch(location.search);
    const rowId = decodeURIComponent(location.hash.slice(1));
    const rest = filtersToSearch({ ...filters, 'ke-hoach': '' });
    const forward = (plan: string) => location.replace(`${planRegisterPath(plan)}${rest}${location.hash}`);
    if (rowId.startsWith('nv-')) {
      setArrival({ kind: 'forwarding' });
      resolveRowLink(rowId, planRows)
        .then((found) => (found.kind === 'none' ? setArrival({ kind: 'unknown-row', rowId }) : forward(found.plan)))
        .catch(() => setArrival({ kind: 'unreachable', what: `nghĩa vụ mang mã “${rowId}”` }));
    } else if (filters['ke-hoach']) {
      const plan = filters['ke-hoach'];
      setArrival({ kind: 'forwarding' });
      planRows(plan)
        .then((rows) => {
          if (rows) return forward(plan);
          setArrival({ kind: 'unknown-plan', plan });
          setSearch(rest);
        })
        .catch(() => setArrival({ kind: 'unreachable', what: `kế hoạch mang mã “${plan}”` }));
    } else if (bodyProvinceSlug(filters['co-quan'])) {
      setArrival({ kind: 'forwarding' });
      location.replace(`${provinceRegisterPath(bodyProvinceSlug(filters['co-quan'])!)}${rest}`);
    } else if (hasFilters(filters)) {
      setArrival({ kind: 'choose-province', filters: describeFilters(filters, agencyName) });
      setSearch(rest);
    }
  }, []);

  return (
    <>
      {arrival.kind === 'forwarding' && (
        <p class="notice" role="status">Đang mở nghĩa vụ được dẫn tới…</p>
      )}
      {arrival.kind === 'unknown-row' && (
        <p class="notice register-entry__problem" role="alert">
          Không tìm thấy nghĩa vụ mang mã “{arrival.rowId}”: kế hoạch có thể đã được đổi tên hoặc liên kết bị chép thiếu. Hãy chọn tỉnh,
          thành phố ở danh sách dưới đây rồi mở kế hoạch cần xem, hoặc <a href="/tim-kiem/">tìm trong các kế hoạch</a>.
        </p>
      )}
      {arrival.kind === 'unreachable' && (
        <p class="notice register-entry__problem" role="alert">
          Chưa mở được {arrival.what}: không tải được dữ liệu của kế hoạch, có thể do đang không có mạng. Hãy{' '}
          <button type="button" onClick={() => location.reload()}>thử lại</button> khi có mạng, hoặc chọn tỉnh, thành phố ở danh sách dưới
          đây.
        </p>
      )}
      {arrival.kind === 'unknown-plan' && (
        <p class="notice register-entry__problem" role="alert">
          Không có kế hoạch mang mã “{arrival.plan}” trong danh mục. Hãy chọn tỉnh, thành phố ở danh sách dưới đây, hoặc{' '}
          <a href="/ke-hoach/">xem danh sách kế hoạch</a>.
        </p>
      )}
      {arrival.kind === 'choose-province' && (
        <p class="notice register-entry__choose" role="status">
          Danh mục nghĩa vụ được chia theo tỉnh, thành phố. Bộ lọc của liên kết ({arrival.filters.join('; ')}) được giữ: hãy chọn một tỉnh,
          thành phố ở danh sách dưới đây để xem các nghĩa vụ khớp bộ lọc.
        </p>
      )}
      <div class="table-scroll" role="region" aria-label="Các tỉnh, thành phố, cuộn ngang nếu cần" tabindex={0}>
        <table class="register-entry__provinces">
          <caption class="visually-hidden">Số kế hoạch và số nghĩa vụ của từng tỉnh, thành phố</caption>
          <thead>
            <tr>
              <th scope="col">Tỉnh, thành phố</th>
              <th scope="col">Kế hoạch</th>
              <th scope="col">Nghĩa vụ</th>
            </tr>
          </thead>
          <tbody>
            {provinces.map((p) => (
              <tr key={p.slug}>
                <th scope="row">
                  <a href={`${provinceRegisterPath(p.slug)}${search}`}>{p.name}</a>
                </th>
                <td>{formatNumber(p.plans)}</td>
                <td>{formatNumber(p.obligations)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
