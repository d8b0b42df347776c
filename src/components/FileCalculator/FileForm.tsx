/** The form of a calculator on files: templates, one chooser per file, the calculator's own settings, and the buttons. */
import { type ComponentChildren, Fragment, type Ref } from 'preact';
import { FileField } from '../FileTool/FileField';
import type { FileInputs } from './config';

export interface FileFormProps<K extends string> {
  files: FileInputs<K>;
  idPrefix: string;
  inputRef: (key: K) => Ref<HTMLInputElement>;
  /** Settings drawn before the templates (e.g. the rule set) and after the choosers (e.g. a date). */
  before?: ComponentChildren;
  after?: ComponentChildren;
  onSubmit: (event: Event) => void;
  /** The worker starts ahead when the user reaches the form. */
  onReach: () => void;
  onExample: () => void;
  rerun: { label: string; onClick: () => void } | null;
}

export function FileForm<K extends string>({ files, idPrefix, inputRef, before, after, onSubmit, onReach, onExample, rerun }: FileFormProps<K>) {
  return (
    <form class="tool__form" onSubmit={onSubmit} noValidate onPointerOver={onReach} onFocusIn={onReach} onChange={onReach}>
      {before}
      <Templates names={files.templates} />
      {files.fields.map((f) => (
        <FileField key={f.key} id={`${idPrefix}-${f.key}`} label={f.label} hint={f.hint} accept={files.accept} inputRef={inputRef(f.key)} />
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

function Templates({ names }: { names: readonly string[] }) {
  return (
    <p>
      Tệp mẫu (mở bằng Excel, điền rồi lưu dạng CSV):{' '}
      {names.map((name, i) => (
        <Fragment key={name}>
          {i > 0 && ', '}
          <a href={`/mau/${name}`} download>{name}</a>
        </Fragment>
      ))}
      .
    </p>
  );
}
