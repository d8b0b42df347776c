/** Why a commune of the file has its figures: each target explained, its ethnic split, and its public service units. */
import { formatPercent, formatCount as count } from '../../lib/csv/numbers';
import { type CommuneQuota, explainCommuneQuota } from '../../lib/quota/engine';
import { ETHNIC_SPLIT_NOTE, ethnicSplit } from '../../lib/quota/ethnic-split';
import type { QuotaFilesResult } from '../../lib/quota/quota-files';
import type { QuotaRuleSet } from '../../lib/quota/rules';
import { checkServiceUnits } from '../../lib/quota/service-units';
import { ClauseLinks, Notes } from '../Explanations/Explanations';
import type { ResultProps } from '../FileCalculator/config';
import { Explanations } from './Explanations';

type Props = ResultProps<QuotaFilesResult, QuotaRuleSet, CommuneQuota> & { row: CommuneQuota };

const EXPLAINED = [
  ['minimum', 'cán bộ người DTTS tối thiểu'],
  ['leaders', 'lãnh đạo, quản lý người DTTS'],
  ['women', 'nữ người DTTS'],
  ['womenLeaders', 'nữ lãnh đạo, quản lý người DTTS'],
  ['trained', 'đã đào tạo, bồi dưỡng'],
] as const;

export function QuotaDetail({ row, result, context: rules }: Props) {
  const figures = explainCommuneQuota(row, rules);
  return (
    <>
      {EXPLAINED.map(([key, label]) => (
        <Explanations key={key} label={label} figures={{ 2030: figures[2030][key], 2035: figures[2035][key] }} />
      ))}
      <EthnicSplit row={row} result={result} rules={rules} />
      <ServiceUnits row={row} result={result} rules={rules} />
    </>
  );
}

type PartProps = { row: CommuneQuota; result: QuotaFilesResult; rules: QuotaRuleSet };

function EthnicSplit({ row, result, rules }: PartProps) {
  const groups = result.ethnicGroups.filter((g) => g.code === row.code);
  if (!groups.length) return null;
  return (
    <div class="table-scroll" role="region" aria-label="Cơ cấu theo dân tộc" tabIndex={0}>
      <table>
        <caption>
          Cơ cấu theo dân tộc (<ClauseLinks clauses={[rules.ethnicStructure.clause]} />). {ETHNIC_SPLIT_NOTE}
          {rules.ethnicStructure.note && <Notes notes={[rules.ethnicStructure.note]} />}
        </caption>
        <thead>
          <tr><th scope="col">Dân tộc</th><th scope="col">Tỷ lệ trong dân số DTTS</th><th scope="col">Tỷ lệ trong cán bộ DTTS hiện có</th><th scope="col">Phần của số tối thiểu năm 2035</th></tr>
        </thead>
        <tbody>
          {ethnicSplit(groups, row.targets[2035].minimum).map((g) => (
            <tr key={g.ethnicGroup}>
              <th scope="row">{g.ethnicGroup}</th>
              <td>{formatPercent(g.populationPercent)}</td>
              <td>{g.cadrePercent ? formatPercent(g.cadrePercent) : '—'}</td>
              <td>{count(g.allocation)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ServiceUnits({ row, result, rules }: PartProps) {
  const units = checkServiceUnits(result.serviceUnits.filter((u) => u.code === row.code), rules);
  if (!units.length) return null;
  return (
    <>
      <h4>Đơn vị sự nghiệp công lập</h4>
      <ul class="tool__units">
        {units.map((u) => (
          <li key={u.unit.unitName}>
            <strong>{u.unit.unitName}</strong>: {u.dttsPercent ? formatPercent(u.dttsPercent) : '—'} là người DTTS;{' '}
            {u.applies ? (u.met ? 'đã có viên chức quản lý người DTTS.' : 'phải có viên chức quản lý người DTTS nhưng chưa có.') : 'chưa đến ngưỡng phải có quản lý người DTTS.'}{' '}
            Căn cứ: <ClauseLinks clauses={u.why.clauses} />.
            <Notes notes={u.flag ? [u.flag, ...u.why.notes] : u.why.notes} />
          </li>
        ))}
      </ul>
    </>
  );
}
