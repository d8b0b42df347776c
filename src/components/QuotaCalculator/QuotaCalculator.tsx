/**
 * DTTS quota calculator for one commune: the form, its state in the URL, an error
 * summary, and the targets with the rule, arithmetic and clause behind each figure.
 */
import { formatPercent, formatCount as count } from '../../lib/csv/numbers';
import {
  COMMUNE_FIELDS,
  COMMUNE_PARAMS,
  type FormState,
  communeFromForm,
  formFromSearch,
  formToSearch,
  hasInput,
} from '../../lib/quota/commune-form';
import { type CommuneQuota, type ExplainedYear, type Year, communeQuota, explainCommuneQuota, shortfall } from '../../lib/quota/engine';
import type { CommuneInput } from '../../lib/quota/input';
import { QUOTA_RULE_SETS, ruleSetById } from '../../lib/quota/rules';
import { Explanations } from './Explanations';
import { CopyResultLink, FormErrorSummary, FormFields } from '../CommuneForm/CommuneForm';
import { useUrlForm } from '../CommuneForm/use-url-form';
import { RuleSetSelect } from './RuleSetSelect';
import { TargetsTable } from './TargetsTable';

type Done = { input: CommuneInput; quota: CommuneQuota; figures: Record<Year, ExplainedYear> };

const ROWS: { key: keyof ExplainedYear; label: string; current: (c: CommuneInput) => number | null }[] = [
  { key: 'minimum', label: 'Cán bộ người DTTS', current: (c) => c.dttsCadres },
  { key: 'leaders', label: 'Lãnh đạo, quản lý người DTTS', current: (c) => c.dttsLeaders },
  { key: 'women', label: 'Nữ người DTTS', current: (c) => c.dttsWomen },
  { key: 'womenLeaders', label: 'Nữ lãnh đạo, quản lý người DTTS', current: (c) => c.dttsWomenLeaders },
  { key: 'trained', label: 'Người DTTS đã đào tạo, bồi dưỡng', current: (c) => c.dttsTrained },
];

export default function QuotaCalculator() {
  const { state, setState, setValue, outcome, errors, submit, summary, results } = useUrlForm<FormState, Done>({
    initial: { rules: QUOTA_RULE_SETS[0]!, values: {} },
    fromSearch: formFromSearch,
    toSearch: formToSearch,
    params: COMMUNE_PARAMS,
    hasInput,
    compute: (next) => {
      const read = communeFromForm(next.values);
      if (!read.ok) return read;
      const quota = communeQuota(read.commune, next.rules);
      return { ok: true, done: { input: read.commune, quota, figures: explainCommuneQuota(quota, next.rules) } };
    },
  });

  return (
    <div class="tool">
      {outcome.kind === 'invalid' && <FormErrorSummary errors={outcome.errors} summaryRef={summary} />}
      <form class="tool__form" noValidate onSubmit={submit}>
        <RuleSetSelect id="truong-quy-tac" rules={state.rules} onChange={(id) => setState((s) => ({ ...s, rules: ruleSetById(id) }))} />
        <fieldset>
          <legend>Số liệu của một xã</legend>
          <FormFields fields={COMMUNE_FIELDS} values={state.values} errors={errors} onChange={setValue} />
        </fieldset>
        <button type="submit" class="button-primary">Tính chỉ tiêu</button>
      </form>

      {outcome.kind === 'done' && (
        <section class="tool__results" aria-labelledby="ket-qua" tabIndex={-1} ref={results}>
          <h2 id="ket-qua">Kết quả: {outcome.input.name}</h2>
          <p>
            Tỷ lệ người dân tộc thiểu số: <strong>{formatPercent(outcome.quota.sharePercent)}</strong> dân số. Mức tối thiểu:{' '}
            <strong>{outcome.quota.minimumPercent}%</strong> biên chế được giao ({count(outcome.input.staffQuota)}), theo{' '}
            {state.rules.name}.
          </p>
          {outcome.quota.warnings.length > 0 && (
            <div class="notice" role="note">
              <p><strong>Cần lưu ý:</strong></p>
              <ul>{outcome.quota.warnings.map((w) => <li key={w}>{w.charAt(0).toUpperCase() + w.slice(1)}.</li>)}</ul>
            </div>
          )}
          <TargetsTable
            label="Bảng chỉ tiêu"
            rows={ROWS.map((row) => {
              const [in2030, in2035] = [outcome.quota.targets[2030][row.key], outcome.quota.targets[2035][row.key]];
              const current = row.current(outcome.input);
              return { key: row.key, label: row.label, values: { 2030: in2030, 2035: in2035 }, current, gaps: { 2030: shortfall(in2030, current), 2035: shortfall(in2035, current) } };
            })}
          />
          <h3>Vì sao có các con số này</h3>
          {ROWS.map((row) => (
            <Explanations key={row.key} label={row.label} figures={{ 2030: outcome.figures[2030][row.key], 2035: outcome.figures[2035][row.key] }} />
          ))}
          <CopyResultLink />
        </section>
      )}
    </div>
  );
}
