/**
 * Province-level bodies (điểm a, điểm c khoản 2 and điểm b khoản 3 Mục II, KH 128):
 * the province's DTTS share of its staff quota and leaders, and the ethnic-affairs
 * bodies' 30 % and their DTTS leader or pipeline person.
 */
import { useState } from 'preact/hooks';
import { parseCount, formatCount as count } from '../../lib/csv/numbers';
import { type EthnicAffairsBodyKind, ethnicAffairsBodyQuota, provinceQuota } from '../../lib/quota/province';
import { ClauseLinks } from '../Explanations/Explanations';
import { Explanations } from './Explanations';

type Values = Record<'staffQuota' | 'dttsCadres' | 'dttsLeaders' | 'base' | 'dttsCount', string>;
const LABELS: Record<keyof Values, string> = {
  staffQuota: 'Biên chế được giao của cấp tỉnh',
  dttsCadres: 'Cán bộ người DTTS của tỉnh hiện có',
  dttsLeaders: 'Lãnh đạo, quản lý người DTTS của tỉnh hiện có',
  base: 'Số thành viên (Ban Dân tộc) hoặc biên chế được giao (Sở)',
  dttsCount: 'Số người DTTS hiện có trong cơ quan',
};
const OPTIONAL: (keyof Values)[] = ['dttsLeaders'];

function read(values: Values, keys: (keyof Values)[]) {
  const numbers: Partial<Record<keyof Values, number>> = {};
  const errors: string[] = [];
  for (const key of keys) {
    const parsed = parseCount(values[key]);
    if (parsed === null) {
      if (!OPTIONAL.includes(key)) errors.push(`${LABELS[key]}: chưa nhập.`);
    } else if (!parsed.ok) errors.push(`${LABELS[key]}: ${parsed.message}`);
    else numbers[key] = parsed.value;
  }
  return { numbers, errors };
}

export default function ProvinceForm() {
  const [values, setValues] = useState<Values>({ staffQuota: '', dttsCadres: '', dttsLeaders: '', base: '', dttsCount: '' });
  const [kind, setKind] = useState<EthnicAffairsBodyKind>('ban-dan-toc');
  const [hasLeader, setHasLeader] = useState(false);
  const [shown, setShown] = useState<'province' | 'body' | null>(null);

  const field = (key: keyof Values) => (
    <div class="quota__field" key={key}>
      <label for={`tinh-${key}`}>
        {LABELS[key]}
        {OPTIONAL.includes(key) && <span class="muted"> (không bắt buộc)</span>}
      </label>
      <input id={`tinh-${key}`} type="text" inputMode="numeric" value={values[key]} onInput={(e) => setValues({ ...values, [key]: e.currentTarget.value })} />
    </div>
  );

  const province = read(values, ['staffQuota', 'dttsCadres', 'dttsLeaders']);
  const body = read(values, ['base', 'dttsCount']);
  const provinceResult = shown === 'province' && !province.errors.length
    ? provinceQuota({ staffQuota: province.numbers.staffQuota!, dttsCadres: province.numbers.dttsCadres!, dttsLeaders: province.numbers.dttsLeaders })
    : null;
  const bodyResult = shown === 'body' && !body.errors.length
    ? ethnicAffairsBodyQuota({ kind, base: body.numbers.base!, dttsCount: body.numbers.dttsCount!, hasDttsLeaderOrPipeline: hasLeader })
    : null;
  const errors = shown === 'province' ? province.errors : shown === 'body' ? body.errors : [];

  return (
    <div class="province">
      <form class="quota__form" noValidate onSubmit={(e) => { e.preventDefault(); setShown('province'); }}>
        <fieldset>
          <legend>Cấp tỉnh</legend>
          {field('staffQuota')}
          {field('dttsCadres')}
          {field('dttsLeaders')}
          <button type="submit" class="button-primary">Tính cho cấp tỉnh</button>
        </fieldset>
      </form>
      <form class="quota__form" noValidate onSubmit={(e) => { e.preventDefault(); setShown('body'); }}>
        <fieldset>
          <legend>Ban Dân tộc HĐND tỉnh, Sở Dân tộc và Tôn giáo</legend>
          <div class="quota__field">
            <label for="tinh-co-quan">Cơ quan</label>
            <select id="tinh-co-quan" value={kind} onChange={(e) => setKind(e.currentTarget.value as EthnicAffairsBodyKind)}>
              <option value="ban-dan-toc">Ban Dân tộc của Hội đồng nhân dân tỉnh</option>
              <option value="so-dan-toc-ton-giao">Sở Dân tộc và Tôn giáo</option>
            </select>
          </div>
          {field('base')}
          {field('dttsCount')}
          <label class="quota__check">
            <input type="checkbox" checked={hasLeader} onChange={(e) => setHasLeader(e.currentTarget.checked)} /> Đã có ít nhất một cấp trưởng, cấp phó hoặc người được quy hoạch lãnh đạo là người DTTS
          </label>
          <p><button type="submit" class="button-primary">Tính cho cơ quan</button></p>
        </fieldset>
      </form>
      {errors.length > 0 && (
        <div class="error-summary" role="alert">
          <h3>Số liệu chưa đúng</h3>
          <ul>{errors.map((e) => <li key={e}>{e}</li>)}</ul>
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
            <p>
              Tối thiểu cán bộ người DTTS: <strong>{count(provinceResult.targets[2030].minimum.value)}</strong> năm 2030,{' '}
              <strong>{count(provinceResult.targets[2035].minimum.value)}</strong> năm 2035; còn thiếu {count(provinceResult.gaps[2030].minimum)} và{' '}
              {count(provinceResult.gaps[2035].minimum)}. Lãnh đạo, quản lý người DTTS tối thiểu:{' '}
              <strong>{count(provinceResult.targets[2030].leaders.value)}</strong> và <strong>{count(provinceResult.targets[2035].leaders.value)}</strong>.
            </p>
            {provinceResult.warnings.map((w) => <p class="quota__note" key={w}>{w}</p>)}
            <Explanations label="cán bộ người DTTS cấp tỉnh" figures={{ 2030: provinceResult.targets[2030].minimum, 2035: provinceResult.targets[2035].minimum }} />
            <Explanations label="lãnh đạo, quản lý người DTTS cấp tỉnh" figures={{ 2030: provinceResult.targets[2030].leaders, 2035: provinceResult.targets[2035].leaders }} />
          </div>
        )}
        {bodyResult && (
          <div class="province__result">
            <h3>Kết quả: {bodyResult.name}</h3>
            <p>
              Tối thiểu người DTTS: <strong>{count(bodyResult.minimum[2030].value)}</strong> năm 2030, <strong>{count(bodyResult.minimum[2035].value)}</strong>{' '}
              năm 2035; còn thiếu {count(bodyResult.gaps[2030])} và {count(bodyResult.gaps[2035])}.{' '}
              {bodyResult.leadership.met ? 'Đã đạt' : 'Chưa đạt'} yêu cầu có người DTTS giữ chức danh hoặc được quy hoạch lãnh đạo (
              <ClauseLinks clauses={bodyResult.leadership.why.clauses} />).
            </p>
            {bodyResult.warnings.map((w) => <p class="quota__note" key={w}>{w}</p>)}
            <Explanations label="người DTTS tối thiểu" figures={bodyResult.minimum} />
          </div>
        )}
      </div>
    </div>
  );
}
