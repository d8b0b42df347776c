/** A file chooser with its label and hint, and the buttons under a file tool's results. */
import type { Ref } from 'preact';
import { saveFile } from './browser-files';

/** What a chooser accepts when a calculator reads CSV only. */
export const CSV_ACCEPT = '.csv,.txt,text/csv';

export function FileField({ id, label, hint, accept, inputRef }: { id: string; label: string; hint: string; accept: string; inputRef: Ref<HTMLInputElement> }) {
  return (
    <div class="tool__field">
      <label for={id}>{label}</label>
      <p class="tool__hint" id={`goi-y-${id}`}>{hint}</p>
      <input id={id} type="file" accept={accept} ref={inputRef} aria-describedby={`goi-y-${id}`} />
    </div>
  );
}

/** A result file to save; made only when asked for. */
export interface Download {
  label: string;
  fileName: string;
  contents: () => string | Blob;
}

/** The downloads ("Tải kết quả (CSV)" first, the main one) and "In báo cáo"; none is printed. */
export function ResultActions({ downloads }: { downloads: readonly Download[] }) {
  return (
    <p class="tool__actions no-print">
      {downloads.map((d, i) => (
        <button type="button" key={d.fileName} class={i === 0 ? 'button-primary' : undefined} onClick={() => saveFile(d.contents(), d.fileName)}>{d.label}</button>
      ))}
      <button type="button" onClick={() => print()}>In báo cáo</button>
    </p>
  );
}
