/**
 * What a calculator says about the files it read: progress, the error summary (file, row,
 * column, reason — all at once, focused so a screen reader hears it), the encodings used
 * and the warnings that did not block.
 */
import { useEffect, useRef } from 'preact/hooks';
import { type FileIssue, formatIssue } from '../../lib/csv/issues';
import { type Encodings, describeRead } from '../../lib/csv/input-file';
import { formatCount as count } from '../../lib/csv/numbers';
import type { JobStatus } from './worker-job';

const SHOWN = 500;

export function FileIssues<R extends { issues: FileIssue[]; encodings: Encodings }, C>({
  status,
  doneText,
}: {
  status: JobStatus<R, C>;
  /** The status line once computed without errors ("Đã tính 8 xã."). */
  doneText: string;
}) {
  const summary = useRef<HTMLDivElement>(null);
  const errors = status.kind === 'done' ? status.result.issues.filter((i) => i.severity === 'error') : [];
  const warnings = status.kind === 'done' ? status.result.issues.filter((i) => i.severity === 'warning') : [];
  const failed = status.kind === 'failed' || errors.length > 0;
  useEffect(() => {
    if (failed) requestAnimationFrame(() => summary.current?.focus());
  }, [status]);

  return (
    <>
      <div role="status" class="tool__progress">
        {status.kind === 'working' && (
          <>
            <span>{status.stage}…</span> <progress max={status.total} value={status.done} aria-label="Tiến độ tính" />
          </>
        )}
        {status.kind === 'done' && !errors.length && doneText}
      </div>
      {failed && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="loi-tep">
          <h2 id="loi-tep">{status.kind === 'failed' ? 'Chưa tính được' : `Tệp có ${count(errors.length)} lỗi; chưa có kết quả`}</h2>
          {status.kind === 'failed' ? (
            <p>{status.message}</p>
          ) : (
            <>
              <p>Sửa các lỗi dưới đây trong tệp rồi chọn lại tệp. Khi tệp còn lỗi, công cụ không đưa ra kết quả nào để tránh số sai.</p>
              <ul class="tool__issues">
                {errors.slice(0, SHOWN).map((issue, i) => (
                  <li key={i}>{formatIssue(issue)}</li>
                ))}
              </ul>
              {errors.length > SHOWN && <p>… và {count(errors.length - SHOWN)} lỗi khác.</p>}
            </>
          )}
        </div>
      )}
      {status.kind === 'done' && (
        <>
          {status.result.encodings.length > 0 && (
            <p class="muted">Đã đọc: {status.result.encodings.map(describeRead).join('; ')}.</p>
          )}
          {warnings.length > 0 && (
            <details class="notice">
              <summary>{count(warnings.length)} lưu ý trong tệp (không ảnh hưởng việc tính)</summary>
              <ul>{warnings.slice(0, SHOWN).map((w, i) => <li key={i}>{formatIssue(w)}</li>)}</ul>
            </details>
          )}
        </>
      )}
    </>
  );
}
