/** A file chooser with its label and hint, and the buttons under a file tool's results. */
import type { Ref } from 'preact';

export function FileField({ id, label, hint, inputRef }: { id: string; label: string; hint: string; inputRef: Ref<HTMLInputElement> }) {
  return (
    <div class="tool__field">
      <label for={id}>{label}</label>
      <p class="tool__hint" id={`goi-y-${id}`}>{hint}</p>
      <input id={id} type="file" accept=".csv,.txt,text/csv" ref={inputRef} aria-describedby={`goi-y-${id}`} />
    </div>
  );
}

/** "Tải kết quả (CSV)" and "In báo cáo"; neither is printed. */
export function ResultActions({ onDownload }: { onDownload: () => void }) {
  return (
    <p class="tool__actions no-print">
      <button type="button" class="button-primary" onClick={onDownload}>Tải kết quả (CSV)</button>
      <button type="button" onClick={() => print()}>In báo cáo</button>
    </p>
  );
}
