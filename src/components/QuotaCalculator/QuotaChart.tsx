/** The chart under the file results: current DTTS cadres against the 2030 and 2035 minimums of the first communes. */
import { useRef } from 'preact/hooks';
import type { CommuneQuota } from '../../lib/quota/engine';
import { useChart } from '../FileTool/use-chart';
import { CHART_LIMIT, drawQuotaChart } from './quota-chart';

export function QuotaChart({ rows }: { rows: readonly CommuneQuota[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useChart(canvas, (c) => drawQuotaChart(c, rows), [rows]);
  return (
    <figure class="tool__chart">
      <div class="tool__chart-box">
        <canvas ref={canvas} role="img" aria-label={`Biểu đồ cột: cán bộ người DTTS hiện có, tối thiểu năm 2030 và năm 2035 của ${Math.min(rows.length, CHART_LIMIT)} xã đầu; số liệu như trong bảng trên.`} />
      </div>
      <figcaption>
        Hiện có, tối thiểu năm 2030 và năm 2035{rows.length > CHART_LIMIT ? ` (${CHART_LIMIT} xã đầu tiên)` : ''}. Số liệu đầy đủ ở bảng trên.
      </figcaption>
    </figure>
  );
}
