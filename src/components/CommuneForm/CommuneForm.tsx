/**
 * The pieces of a calculator's one-commune form: the error summary (each error links to
 * its field) and the fields, each with its label, hint and error, wired for screen readers.
 */
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import type { FormError, FormField, FormValues } from '../../lib/csv/form-row';

const INPUT_MODES = { text: 'text', percent: 'decimal', count: 'numeric' } as const;

/** Each error links to its field, whose id is `<idPrefix>-<key>` as FormFields makes it. */
export function FormErrorSummary({ errors, summaryRef, idPrefix = 'truong' }: { errors: FormError[]; summaryRef: Ref<HTMLDivElement>; idPrefix?: string }) {
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby={`loi-so-lieu-${idPrefix}`}>
      <h2 id={`loi-so-lieu-${idPrefix}`}>Số liệu chưa đúng</h2>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>{e.key ? <a href={`#${idPrefix}-${e.key}`}>{e.message}</a> : e.message}</li>
        ))}
      </ul>
    </div>
  );
}

/** The fields, each input's id `<idPrefix>-<key>` (the error summary links to it). */
export function FormFields({
  fields,
  values,
  errors,
  onChange,
  idPrefix = 'truong',
}: {
  fields: readonly FormField[];
  values: FormValues;
  errors: FormError[];
  onChange: (key: string, value: string) => void;
  idPrefix?: string;
}) {
  return (
    <>
      {fields.map((f) => {
        const error = errors.find((e) => e.key === f.key);
        const id = `${idPrefix}-${f.key}`;
        const describedBy = [f.hint ? `goi-y-${id}` : '', error ? `loi-${id}` : ''].filter(Boolean).join(' ') || undefined;
        const common = {
          id,
          name: f.key,
          value: values[f.key] ?? '',
          'aria-invalid': error ? ('true' as const) : undefined,
          'aria-describedby': describedBy,
        };
        return (
          <div class={`tool__field${error ? ' tool__field--error' : ''}`} key={f.key}>
            <label for={id}>
              {f.label}
              {!f.required && <span class="muted"> (không bắt buộc)</span>}
            </label>
            {f.hint && <p class="tool__hint" id={`goi-y-${id}`}>{f.hint}</p>}
            {error && <p class="tool__error" id={`loi-${id}`}>{error.message}</p>}
            {f.kind === 'yesNo' ? (
              <select {...common} onChange={(e) => onChange(f.key, e.currentTarget.value)}>
                <option value="">Chưa rõ</option>
                <option value="có">Có</option>
                <option value="không">Không</option>
              </select>
            ) : (
              <input {...common} type="text" inputMode={INPUT_MODES[f.kind ?? 'count']} autoComplete="off" onInput={(e) => onChange(f.key, e.currentTarget.value)} />
            )}
          </div>
        );
      })}
    </>
  );
}

/** Copies the page's address, which holds the form's figures, so a colleague sees the same result. */
export function CopyResultLink() {
  const [copied, setCopied] = useState('');
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      setCopied('Đã sao chép liên kết. Người nhận mở liên kết sẽ thấy đúng số liệu và kết quả này.');
    } catch {
      setCopied(`Không sao chép được; hãy chép địa chỉ: ${location.href}`);
    }
  };
  return (
    <>
      <p>
        <button type="button" onClick={copyLink}>Sao chép liên kết tới kết quả này</button>
      </p>
      <p role="status" class="tool__copied">{copied}</p>
    </>
  );
}
