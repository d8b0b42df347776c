/**
 * Province-level bodies (điểm a, điểm c khoản 2, điểm b, điểm c khoản 3 and khoản 4 Mục II,
 * KH 128): the province's DTTS share of its staff quota, leaders, women and training, and the
 * ethnic-affairs bodies' 30 %, women, training and their DTTS leader or pipeline person. Each
 * target is set against today's count when it is entered. Each of the two forms is a
 * one-record form like the commune's: its figures in the URL, its error summary linking to
 * its fields, focus moved to the errors or the result.
 */
import { type EthnicAffairsBodyKind, type EthnicAffairsBodyQuota, type LevelQuota, type ProvinceQuota, ethnicAffairsBodyQuota, provinceQuota } from '../../lib/quota/province';
import {
  BODY_FIELDS,
  BODY_PARAMS,
  type BodyFormState,
  PROVINCE_FIELDS,
  PROVINCE_PARAMS,
  type ProvinceFormState,
  bodyFormFromSearch,
  bodyFormToSearch,
  hasBodyInput,
  hasProvinceInput,
  provinceFormFromSearch,
  provinceFormToSearch,
  readBodyForm,
  readProvinceForm,
} from '../../lib/quota/province-form';
import { FormErrorSummary, FormFields } from '../CommuneForm/CommuneForm';
import { useUrlForm } from '../CommuneForm/use-url-form';
import { ClauseLinks } from '../Explanations/Explanations';
import { Explanations } from './Explanations';
import { type TargetRow, TargetsTable } from './TargetsTable';

/** Row labels of the results table, in its order; a body has no leaders row. */
const PROVINCE_ROWS = {
  minimum: 'Cán bộ người DTTS',
  leaders: 'Lãnh đạo, quản lý người DTTS',
  women: 'Nữ người DTTS',
  womenLeaders: 'Nữ lãnh đạo, quản lý người DTTS',
  trained: 'Người DTTS đã đào tạo, bồi dưỡng',
};
const BODY_ROWS = {
  minimum: 'Người DTTS',
  women: 'Nữ người DTTS',
  womenLeaders: 'Nữ người DTTS giữ chức danh hoặc được quy hoạch lãnh đạo, quản lý',
  trained: 'Người DTTS đã đào tạo, bồi dưỡng',
};

function rowsOf<K extends string>(quota: LevelQuota<K>, labels: Record<K, string>): TargetRow[] {
  return (Object.keys(labels) as K[]).map((key) => ({
    key,
    label: labels[key],
    values: { 2030: quota.targets[2030][key].value, 2035: quota.targets[2035][key].value },
    current: quota.current[key],
    gaps: { 2030: quota.gaps[2030][key], 2035: quota.gaps[2035][key] },
  }));
}

/** The table, the notes on today's counts, and why each figure is what it is. */
function LevelResult<K extends string>({ label, quota, labels }: { label: string; quota: LevelQuota<K>; labels: Record<K, string> }) {
  return (
    <>
      <TargetsTable label={`Bảng chỉ tiêu ${label}`} rows={rowsOf(quota, labels)} />
      {quota.warnings.map((w) => <p class="tool__note" key={w}>Lưu ý: {w}.</p>)}
      {(Object.keys(labels) as K[]).map((key) => (
        <Explanations key={key} label={`${labels[key]} (${label})`} figures={{ 2030: quota.targets[2030][key], 2035: quota.targets[2035][key] }} />
      ))}
    </>
  );
}

export default function ProvinceForm() {
  return (
    <div class="province">
      <ProvincePart />
      <BodyPart />
    </div>
  );
}

function ProvincePart() {
  const { state, setValue, outcome, errors, submit, summary, results } = useUrlForm<ProvinceFormState, { quota: ProvinceQuota }>({
    initial: { values: {} },
    fromSearch: provinceFormFromSearch,
    toSearch: provinceFormToSearch,
    params: PROVINCE_PARAMS,
    hasInput: hasProvinceInput,
    compute: ({ values }) => {
      const read = readProvinceForm(values);
      return read.ok ? { ok: true, done: { quota: provinceQuota(read.input) } } : read;
    },
  });
  return (
    <>
      {outcome.kind === 'invalid' && <FormErrorSummary idPrefix="tinh" errors={outcome.errors} summaryRef={summary} />}
      <form class="tool__form" noValidate onSubmit={submit}>
        <fieldset>
          <legend>Cấp tỉnh</legend>
          <FormFields idPrefix="tinh" fields={PROVINCE_FIELDS} values={state.values} errors={errors} onChange={setValue} />
          <button type="submit" class="button-primary">Tính cho cấp tỉnh</button>
        </fieldset>
      </form>
      {outcome.kind === 'done' && (
        <section class="province__result" tabIndex={-1} ref={results}>
          <h3>Kết quả cấp tỉnh</h3>
          <LevelResult label="cấp tỉnh" quota={outcome.quota} labels={PROVINCE_ROWS} />
        </section>
      )}
    </>
  );
}

function BodyPart() {
  const { state, setState, setValue, outcome, errors, submit, summary, results } = useUrlForm<BodyFormState, { quota: EthnicAffairsBodyQuota }>({
    initial: { kind: 'ban-dan-toc', hasLeader: false, values: {} },
    fromSearch: bodyFormFromSearch,
    toSearch: bodyFormToSearch,
    params: BODY_PARAMS,
    hasInput: hasBodyInput,
    compute: ({ values, kind, hasLeader }) => {
      const read = readBodyForm(values, kind, hasLeader);
      return read.ok ? { ok: true, done: { quota: ethnicAffairsBodyQuota(read.input) } } : read;
    },
  });
  return (
    <>
      {outcome.kind === 'invalid' && <FormErrorSummary idPrefix="co-quan" errors={outcome.errors} summaryRef={summary} />}
      <form class="tool__form" noValidate onSubmit={submit}>
        <fieldset>
          <legend>Ban Dân tộc HĐND tỉnh, Sở Dân tộc và Tôn giáo</legend>
          <div class="tool__field">
            <label for="tinh-co-quan">Cơ quan</label>
            <select id="tinh-co-quan" value={state.kind} onChange={(e) => { const kind = e.currentTarget.value as EthnicAffairsBodyKind; setState((s) => ({ ...s, kind })); }}>
              <option value="ban-dan-toc">Ban Dân tộc của Hội đồng nhân dân tỉnh</option>
              <option value="so-dan-toc-ton-giao">Sở Dân tộc và Tôn giáo</option>
            </select>
          </div>
          <FormFields idPrefix="co-quan" fields={BODY_FIELDS} values={state.values} errors={errors} onChange={setValue} />
          <label class="tool__check">
            <input type="checkbox" checked={state.hasLeader} onChange={(e) => { const hasLeader = e.currentTarget.checked; setState((s) => ({ ...s, hasLeader })); }} /> Đã có ít nhất một cấp trưởng, cấp phó hoặc người được quy hoạch lãnh đạo là người DTTS
          </label>
          <p><button type="submit" class="button-primary">Tính cho cơ quan</button></p>
        </fieldset>
      </form>
      {outcome.kind === 'done' && (
        <section class="province__result" tabIndex={-1} ref={results}>
          <h3>Kết quả: {outcome.quota.name}</h3>
          <p>
            {outcome.quota.leadership.met ? 'Đã đạt' : 'Chưa đạt'} yêu cầu có người DTTS giữ chức danh hoặc được quy hoạch lãnh đạo (
            <ClauseLinks clauses={outcome.quota.leadership.why.clauses} />).
          </p>
          <LevelResult label={outcome.quota.name} quota={outcome.quota} labels={BODY_ROWS} />
        </section>
      )}
    </>
  );
}
