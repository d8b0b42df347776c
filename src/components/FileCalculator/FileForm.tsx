/** The form of a calculator on files: templates, one chooser per file, the calculator's own settings, and the buttons. */
import { type ComponentChildren, Fragment, type Ref } from 'preact';
import { FileField, type SheetState } from '../FileTool/FileField';
import type { FileInputs } from './config';

export interface FileFormProps<K extends string> {
  files: FileInputs<K>;
  idPrefix: string;
  inputRef: (key: K) => Ref<HTMLInputElement>;
  /** Each chosen Excel file's sheets, and what to do when a file or a sheet is chosen. */
  sheets: Partial<Record<K, SheetState>>;
  onFile: (key: K, file: File | null) => void;
  onSheet: (key: K, name: string) => void;
  /** Settings drawn before the templates (e.g. the rule set) and after the choosers (e.g. a date). */
  before?: ComponentChildren;
  after?: ComponentChildren;
  onSubmit: (event: Event) => void;
  /** The worker starts ahead when the user reaches the form. */
  onReach: () => void;
  onExample: () => void;
  rerun: { label: string; onClick: () => void } | null;
}

export function FileForm<K extends string>({ files, idPrefix, inputRef, sheets, onFile, onSheet, before, after, onSubmit, onReach, onExample, rerun }: FileFormProps<K>) {
  return (
    <form class="tool__form" onSubmit={onSubmit} noValidate onPointerOver={onReach} onFocusIn={onReach} onChange={onReach}>
      {before}
      <Templates names={files.templates} />
      {files.fields.map((f) => (
        <FileField
          key={f.key} id={`${idPrefix}-${f.key}`} label={f.label} hint={f.hint} accept={files.accept} inputRef={inputRef(f.key)}
          onFile={(file) => onFile(f.key, file)} sheet={sheets[f.key]} onSheet={(name) => onSheet(f.key, name)}
        />
      ))}
      {after}
      <p class="tool__actions">
        <button type="submit" class="button-primary">Tính từ tệp</button>
        <button type="button" onClick={onExample}>Dùng dữ liệu ví dụ</button>
        {rerun && <button type="button" onClick={rerun.onClick}>{rerun.label}</button>}
      </p>
    </form>
  );
}

/** The templates, as Excel files (with lists to choose from and checks as one types) and as CSV files. */
function Templates({ names }: { names: readonly string[] }) {
  const links = (extension: string) =>
    names.map((name, i) => (
      <Fragment key={name}>
        {i > 0 && ', '}
        <a href={`/mau/${name}.${extension}`} download>{name}.{extension}</a>
      </Fragment>
    ));
  return (
    <p>
      Tệp mẫu Excel (điền rồi tải lên luôn; có danh sách để chọn và kiểm tra số liệu khi gõ): {links('xlsx')}. Tệp mẫu CSV: {links('csv')}.
    </p>
  );
}
