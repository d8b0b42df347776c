/**
 * A calculator's one-commune form, read as a one-row CSV file through the same reader as
 * an uploaded file, so both ways in share one validation. Its values live in the URL
 * (links.md "Calculator links"): never personal data, never a file.
 */
import { type QueryField, textParams } from '../core/url-state';
import type { FileIssue } from './issues';
import { toCsv } from './write';

export interface FormField {
  /** CSV column, also the URL parameter unless `param` names another. */
  key: string;
  /** The URL parameter, where the key alone would be ambiguous on the page (two forms with the same fields). */
  param?: string;
  label: string;
  hint?: string;
  required: boolean;
  /** What is typed: a count (the default), a percentage, text, or "có"/"không" chosen from a list. */
  kind?: 'count' | 'percent' | 'text' | 'yesNo';
}

export type FormValues = Record<string, string>;
export type FormError = { key: string | null; message: string };
export type FormRead<T> = { ok: true; record: T } | { ok: false; errors: FormError[] };

const paramOf = (field: FormField) => field.param ?? field.key;

/** The URL parameters the fields are kept in. */
export const fieldParams = (fields: readonly FormField[]) => fields.map(paramOf);

/** A form's values in the URL, one parameter per field (its `param`, else its key), written trimmed; empty fields are left out. */
export function formParams(fields: readonly FormField[]): QueryField<FormValues> {
  const byParam = textParams(fieldParams(fields), { write: (value) => value.trim() });
  return {
    read(params) {
      const read = byParam.read(params);
      return Object.fromEntries(fields.map((f) => [f.key, read[paramOf(f)]!]));
    },
    write: (values, params) => byParam.write(Object.fromEntries(fields.map((f) => [paramOf(f), values[f.key] ?? ''])), params),
  };
}

export const hasInput = (fields: readonly FormField[], values: FormValues) => fields.some(({ key }) => values[key]?.trim());

/**
 * Reads the form as a one-row file with columns `fixed` (e.g. a commune code) and the
 * filled fields; an empty yes/no field is left out (unknown, not "không"). Errors come
 * back per field, prefixed with the field's label.
 */
export function readFormRow<T>(
  fields: readonly FormField[],
  values: FormValues,
  fixed: Record<string, string>,
  read: (text: string) => { records: T[]; issues: FileIssue[] },
): FormRead<T> {
  const used = fields.filter((f) => !(f.kind === 'yesNo' && !values[f.key]?.trim()));
  // Headed by the labels, so that a message about another field names it as the form does.
  const header = [...Object.keys(fixed), ...used.map((f) => f.label)];
  const row = [...Object.values(fixed), ...used.map((f) => values[f.key]?.trim() ?? '')];
  const { records, issues } = read(toCsv([header, row]));
  // An issue's column is a field's label (a field key for checks that name the column).
  const fieldOf = (column: string | null) => fields.find((f) => f.key === column || f.label === column);
  const errors = issues
    .filter((i) => i.severity === 'error')
    .map((i) => {
      const field = fieldOf(i.column);
      return { key: field?.key ?? null, message: field ? `${field.label}: ${i.message}` : i.message };
    });
  if (errors.length || !records[0]) return { ok: false, errors };
  return { ok: true, record: records[0] };
}
