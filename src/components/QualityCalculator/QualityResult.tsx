/**
 * One commune's quality result: per phase, each indicator's required count, current count,
 * gap and pass/fail with its clause; why each figure is what it is; and the training
 * trajectory as a chart and a table.
 */
import { useRef } from 'preact/hooks';
import { formatPercent, formatCount as count } from '../../lib/csv/numbers';
import type { CheckResult, CommuneQuality, IndicatorResult } from '../../lib/quality/engine';
import { PHASES } from '../../lib/quality/rules';
import { TRAJECTORY_NOTE, type Trajectory } from '../../lib/quality/training';
import type { QualityInput } from '../../lib/quality/input';
import { ClauseLinks, Explanations } from '../Explanations/Explanations';
import { useChart } from '../FileTool/use-chart';
import { drawTrajectoryChart } from './trajectory-chart';

const known = (n: number | null) => (n === null ? '—' : count(n));
const verdict = (met: boolean | null) => (met === null ? 'Chưa có số liệu' : met ? 'Đạt' : 'Chưa đạt');
const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
const failClass = (met: boolean | null) => (met === false ? 'quality__fail' : undefined);

function CheckRow({ label, value, check }: { label: string; value: string; check: CheckResult }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td colSpan={3}>{value}</td>
      <td class={failClass(check.met)}>{verdict(check.met)}</td>
      <td><ClauseLinks clauses={check.why.clauses} /></td>
    </tr>
  );
}

/** One row per indicator; an indicator of several parts has a row for each part under it, the verdict above being that of all. */
function IndicatorRows({ r }: { r: IndicatorResult }) {
  const single = r.parts.length === 1 ? r.parts[0]! : null;
  return (
    <>
      <tr data-indicator={r.indicator.id}>
        <th scope="row">{r.indicator.name}</th>
        <td>{known(r.required)}{r.base !== null && <span class="muted"> / {count(r.base)}</span>}</td>
        {single ? (
          <>
            <td>{known(single.current)}</td>
            <td>{known(single.gap)}</td>
          </>
        ) : (
          <td colSpan={2}>Xét từng phần dưới đây</td>
        )}
        <td class={failClass(r.met)}>{verdict(r.met)}</td>
        <td><ClauseLinks clauses={r.why.clauses} /></td>
      </tr>
      {!single &&
        r.parts.map((p) => (
          <tr data-part={p.part.id} key={p.part.id} class="quality__part">
            <th scope="row">– {capitalised(p.part.name)}</th>
            <td>{known(r.required)}</td>
            <td>{known(p.current)}</td>
            <td>{known(p.gap)}</td>
            <td class={failClass(p.met)}>{verdict(p.met)}</td>
            <td />
          </tr>
        ))}
    </>
  );
}

export function TrajectoryView({ trajectory: t, idPrefix }: { trajectory: Trajectory; idPrefix: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useChart(canvas, (c) => drawTrajectoryChart(c, t), [t]);
  return (
    <section class="quality__trajectory" aria-labelledby={`${idPrefix}-lo-trinh`}>
      <h3 id={`${idPrefix}-lo-trinh`}>Lộ trình đào tạo, bồi dưỡng cán bộ người DTTS</h3>
      <p>
        Hiện có {count(t.dttsCadres)} cán bộ người DTTS, đã đào tạo, bồi dưỡng {count(t.trainedNow)} người (năm {t.fromYear}). Phải đạt{' '}
        <strong>{count(t.targets[2030].value)}</strong> người năm 2030 và <strong>{count(t.targets[2035].value)}</strong> người năm 2035 (
        <ClauseLinks clauses={t.targets[2030].why.clauses} />).
      </p>
      <p class="tool__note">{TRAJECTORY_NOTE}</p>
      {t.notes.map((n) => <p class="notice" key={n}>{n}</p>)}
      <figure class="tool__chart">
        <div class="tool__chart-box">
          <canvas ref={canvas} role="img" aria-label={`Biểu đồ đường: số cán bộ người DTTS đã đào tạo, bồi dưỡng theo từng năm từ ${t.fromYear} đến 2035 so với mức phải đạt; số liệu như trong bảng dưới.`} />
        </div>
        <figcaption>Số đã đào tạo, bồi dưỡng (lũy kế) và mức phải đạt. Số liệu đầy đủ ở bảng dưới.</figcaption>
      </figure>
      <div class="table-scroll" role="region" aria-label="Bảng lộ trình đào tạo theo năm" tabIndex={0}>
        <table class="tool__table quality__years">
          <caption>Số cần đào tạo, bồi dưỡng mỗi năm</caption>
          <thead>
            <tr><th scope="col">Năm</th><th scope="col">Cần đào tạo trong năm</th><th scope="col">Lũy kế cuối năm</th><th scope="col">Mức phải đạt</th></tr>
          </thead>
          <tbody>
            {t.years.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td>{count(y.train)}</td>
                <td>{count(y.trained)}</td>
                <td>{y.year === 2030 ? count(t.targets[2030].value) : y.year === 2035 ? count(t.targets[2035].value) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Explanations label="mức đào tạo, bồi dưỡng" items={[{ heading: 'Năm 2030', why: t.targets[2030].why }, { heading: 'Năm 2035', why: t.targets[2035].why }]} />
    </section>
  );
}

export function QualityResult({
  input,
  quality,
  trajectory,
  idPrefix,
  warnings = quality.warnings,
}: {
  input: QualityInput;
  quality: CommuneQuality;
  trajectory: Trajectory | null;
  idPrefix: string;
  /** When the caller knows more (a commune missing from the roster). */
  warnings?: string[];
}) {
  return (
    <>
      {warnings.length > 0 && (
        <div class="notice" role="note">
          <p><strong>Cần lưu ý:</strong> {warnings.join('; ')}.</p>
        </div>
      )}
      {PHASES.map((phase) => {
        const p = quality.phases[phase.id];
        return (
          <div class="table-scroll" role="region" aria-label={`Bảng chỉ tiêu ${phase.label}, cuộn ngang nếu cần`} tabIndex={0} key={phase.id}>
            <table class="tool__table quality__table" data-phase={phase.id}>
              <caption>{phase.label}: số cần đạt, hiện có, còn thiếu</caption>
              <thead>
                <tr>
                  <th scope="col">Chỉ tiêu</th>
                  <th scope="col">Cần đạt / cơ sở</th>
                  <th scope="col">Hiện có</th>
                  <th scope="col">Còn thiếu</th>
                  <th scope="col">Kết quả</th>
                  <th scope="col">Căn cứ</th>
                </tr>
              </thead>
              <tbody>
                {p.indicators.map((r) => <IndicatorRows r={r} key={r.indicator.id} />)}
                <CheckRow label="Người dân, doanh nghiệp hài lòng" value={input.satisfaction ? formatPercent(input.satisfaction) : '—'} check={p.satisfaction} />
                <CheckRow label="Chuyển đổi số trong quản lý cán bộ" value={input.digitalTransformation === null ? '—' : input.digitalTransformation ? 'Có' : 'Không'} check={p.digitalTransformation} />
              </tbody>
            </table>
          </div>
        );
      })}
      <h3>Vì sao có các con số này</h3>
      {quality.phases[PHASES[0]!.id].indicators.map((r, i) => (
        <Explanations
          key={r.indicator.id}
          label={r.indicator.name}
          items={PHASES.map((phase) => ({ heading: phase.label, why: quality.phases[phase.id].indicators[i]!.why }))}
        />
      ))}
      <Explanations label="tỷ lệ hài lòng" items={PHASES.map((phase) => ({ heading: phase.label, why: quality.phases[phase.id].satisfaction.why }))} />
      <Explanations label="chuyển đổi số" items={PHASES.map((phase) => ({ heading: phase.label, why: quality.phases[phase.id].digitalTransformation.why }))} />
      {trajectory ? (
        <TrajectoryView trajectory={trajectory} idPrefix={idPrefix} />
      ) : (
        <p class="muted">Chưa có số cán bộ người DTTS và số đã đào tạo, bồi dưỡng nên chưa lập lộ trình đào tạo.</p>
      )}
    </>
  );
}
