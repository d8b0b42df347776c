/** A file chooser with its label and hint (and, for a workbook, its sheet), and the buttons under a file tool's results. */
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { saveFile } from './browser-files';

/** What a chooser accepts: CSV and Excel files (an old .xls too, to be told what to do with it). */
export const SPREADSHEET_ACCEPT = '.csv,.txt,.xlsx,.xls,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel';

/** A chosen Excel file's sheets, as the worker lists them; the chosen one is read. */
export type SheetState =
  | { kind: 'reading' }
  | { kind: 'sheets'; file: string; names: string[]; chosen: string }
  | { kind: 'unreadable'; message: string };

interface FileFieldProps {
  id: string;
  label: string;
  hint: string;
  accept: string;
  inputRef: Ref<HTMLInputElement>;
  onFile: (file: File | null) => void;
  sheet?: SheetState;
  onSheet: (name: string) => void;
}

export function FileField({ id, label, hint, accept, inputRef, onFile, sheet, onSheet }: FileFieldProps) {
  const unreadable = sheet?.kind === 'unreadable';
  return (
    <div class={unreadable ? 'tool__field tool__field--error' : 'tool__field'}>
      <label for={id}>{label}</label>
      <p class="tool__hint" id={`goi-y-${id}`}>{hint}</p>
      <input
        id={id} type="file" accept={accept} ref={inputRef} aria-describedby={unreadable ? `goi-y-${id} loi-${id}` : `goi-y-${id}`}
        onChange={(e) => onFile(e.currentTarget.files?.[0] ?? null)}
      />
      {sheet?.kind === 'reading' && <p class="tool__hint" role="status">Đang xem các trang tính trong tệp…</p>}
      {unreadable && <p class="tool__error" id={`loi-${id}`} role="alert">{sheet.message}</p>}
      {sheet?.kind === 'sheets' && sheet.names.length > 1 && (
        <>
          <label for={`${id}-trang`}>Trang tính có số liệu trong {sheet.file}</label>
          <select id={`${id}-trang`} value={sheet.chosen} onChange={(e) => onSheet(e.currentTarget.value)}>
            {sheet.names.map((name) => <option key={name} value={name}>{name}</option>)}
          </select>
        </>
      )}
    </div>
  );
}

/** A result file to save; made only when asked for (an Excel file by the worker, which takes a moment). */
export interface Download {
  label: string;
  fileName: string;
  contents: () => string | Blob | Promise<Blob>;
}

/** The downloads ("Tải kết quả (CSV)" first, the main one) and "In báo cáo"; none is printed. */
export function ResultActions({ downloads }: { downloads: readonly Download[] }) {
  const [making, setMaking] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const save = async (download: Download) => {
    setFailure(null);
    setMaking(download.fileName);
    try {
      saveFile(await download.contents(), download.fileName);
    } catch (error) {
      setFailure(`Chưa tạo được tệp ${download.fileName}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setMaking(null);
    }
  };
  return (
    <div class="no-print">
      <p class="tool__actions">
        {downloads.map((d, i) => (
          <button type="button" key={d.fileName} class={i === 0 ? 'button-primary' : undefined} aria-disabled={making !== null} onClick={() => making === null && save(d)}>
            {d.label}
          </button>
        ))}
        <button type="button" onClick={() => print()}>In báo cáo</button>
      </p>
      <p role="status" class="tool__hint">{making && `Đang tạo tệp ${making}…`}</p>
      {failure && <p class="tool__error" role="alert">{failure}</p>}
    </div>
  );
}
