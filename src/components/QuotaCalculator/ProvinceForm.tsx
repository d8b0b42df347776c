/**
 * Province-level bodies (điểm a, điểm c khoản 2, điểm b, điểm c khoản 3 and khoản 4 Mục II,
 * KH 128): the province's DTTS share of its staff quota, leaders, women and training, and the
 * ethnic-affairs bodies' 30 %, women, training and their DTTS leader or pipeline person. Each
 * target is set against today's count when it is entered.
 */
import { useState } from 'preact/hooks';
import type { FormValues } from '../../lib/csv/form-row';
import { type EthnicAffairsBodyKind, type LevelQuota, ethnicAffairsBodyQuota, provinceQuota } from '../../lib/quota/province';
import { BODY_FIELDS, PROVINCE_FIELDS, readBodyForm, readProvinceForm } from '../../lib/quota/province-form';
import { FormFields } from '../CommuneForm/CommuneForm';
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
  const [province, setProvince] = useState<FormValues>({});
  const [body, setBody] = useState<FormValues>({});
  const [kind, setKind] = useState<EthnicAffairsBodyKind>('ban-dan-toc');
  const [hasLeader, setHasLeader] = useState(false);
  const [shown, setShown] = useState<'province' | 'body' | null>(null);

  const provinceRead = readProvinceForm(province);
  const bodyRead = readBodyForm(body, kind, hasLeader);
  const provinceResult = shown === 'province' && provinceRead.ok ? provinceQuota(provinceRead.input) : null;
  const bodyResult = shown === 'body' && bodyRead.ok ? ethnicAffairsBodyQuota(bodyRead.input) : null;
  const [errors, prefix] =
    shown === 'province' && !provinceRead.ok ? [provinceRead.errors, 'tinh'] : shown === 'body' && !bodyRead.ok ? [bodyRead.errors, 'co-quan'] : [[], ''];

  return (
    <div class="province">
      <form class="tool__form" noValidate onSubmit={(e) => { e.preventDefault(); setShown('province'); }}>
        <fieldset>
          <legend>Cấp tỉnh</legend>
          <FormFields idPrefix="tinh" fields={PROVINCE_FIELDS} values={province} errors={shown === 'province' ? errors : []} onChange={(key, value) => setProvince({ ...province, [key]: value })} />
          <button type="submit" class="button-primary">Tính cho cấp tỉnh</button>
        </fieldset>
      </form>
      <form class="tool__form" noValidate onSubmit={(e) => { e.preventDefault(); setShown('body'); }}>
        <fieldset>
          <legend>Ban Dân tộc HĐND tỉnh, Sở Dân tộc và Tôn giáo</legend>
          <div class="tool__field">
            <label for="tinh-co-quan">Cơ quan</label>
            <select id="tinh-co-quan" value={kind} onChange={(e) => setKind(e.currentTarget.value as EthnicAffairsBodyKind)}>
              <option value="ban-dan-toc">Ban Dân tộc của Hội đồng nhân dân tỉnh</option>
              <option value="so-dan-toc-ton-giao">Sở Dân tộc và Tôn giáo</option>
            </select>
          </div>
          <FormFields idPrefix="co-quan" fields={BODY_FIELDS} values={body} errors={shown === 'body' ? errors : []} onChange={(key, value) => setBody({ ...body, [key]: value })} />
          <label class="tool__check">
            <input type="checkbox" checked={hasLeader} onChange={(e) => setHasLeader(e.currentTarget.checked)} /> Đã có ít nhất một cấp trưởng, cấp phó hoặc người được quy hoạch lãnh đạo là người DTTS
          </label>
          <p><button type="submit" class="button-primary">Tính cho cơ quan</button></p>
        </fieldset>
      </form>
      {errors.length > 0 && (
        <div class="error-summary" role="alert">
          <h3>Số liệu chưa đúng</h3>
          <ul>{errors.map((e) => <li key={e.message}><a href={`#${prefix}-${e.key}`}>{e.message}</a></li>)}</ul>
        </div>
      )}
      {/* A short announcement; the results themselves are too long for a live region. */}
      <p role="status" class="visually-hidden">
        {provinceResult ? 'Đã tính xong cho cấp tỉnh.' : bodyResult ? `Đã tính xong cho ${bodyResult.name}.` : ''}
      </p>
      <div>
        {provinceResult && (
          <div class="province__result">
            <h3>Kết quả cấp tỉnh</h3>
            <LevelResult label="cấp tỉnh" quota={provinceResult} labels={PROVINCE_ROWS} />
          </div>
        )}
        {bodyResult && (
          <div class="province__result">
            <h3>Kết quả: {bodyResult.name}</h3>
            <p>
              {bodyResult.leadership.met ? 'Đã đạt' : 'Chưa đạt'} yêu cầu có người DTTS giữ chức danh hoặc được quy hoạch lãnh đạo (
              <ClauseLinks clauses={bodyResult.leadership.why.clauses} />).
            </p>
            <LevelResult label={bodyResult.name} quota={bodyResult} labels={BODY_ROWS} />
          </div>
        )}
      </div>
    </div>
  );
}
