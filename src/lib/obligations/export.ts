/** The register as files: CSV for Excel (UTF-8 with BOM, via src/lib/csv/write.ts) and JSON. */
import { clausePath } from '../core/paths';
import { toCsv } from '../csv/write';
import { agencyName } from './agencies';
import { type BodyRef, bodyName } from './bodies';
import { DEADLINE_KIND_LABELS } from './deadline';
import type { RegisterRow } from './register';

const names = (refs: BodyRef[]) => refs.map(bodyName).join('; ');
const ids = (refs: BodyRef[]) => refs.map((ref) => ref.body).join('; ');
const clauseUrl = (row: RegisterRow, origin: string) => `${origin}${clausePath(row.plan, row.clauseId)}`;

/** The columns of the register's CSV; later columns were added after the first ones, which keep their names and order. */
export const REGISTER_CSV_COLUMNS = [
  'ma_nghia_vu', 'ke_hoach', 'dieu_khoan', 'lien_ket', 'nhiem_vu',
  'chu_tri', 'chu_tri_theo_van_ban', 'phoi_hop', 'phoi_hop_theo_van_ban', 'san_pham',
  'thoi_han_theo_van_ban', 'loai_thoi_han', 'bat_dau', 'han_chot', 'hang_nam_ngay', 'chua_chuan_hoa',
  'nhiem_vu_thu', 'dieu_kien', 'ma_co_quan_chu_tri', 'ma_co_quan_phoi_hop', 'khong_neu_chu_tri_xem',
] as const;

export function registerCsv(rows: readonly RegisterRow[], origin: string): string {
  return toCsv([
    REGISTER_CSV_COLUMNS,
    ...rows.map((row) => {
      const d = row.deadline;
      return [
        row.rowId,
        row.planLabel,
        row.clauseLabel,
        clauseUrl(row, origin),
        row.task,
        names(row.lead.agencies),
        row.lead.text ?? '',
        names(row.partners.agencies),
        row.partners.text ?? '',
        row.product ?? '',
        d.text,
        DEADLINE_KIND_LABELS[d.kind],
        d.start ?? '',
        d.due ?? (d.milestones ?? []).map((m) => `${m.label} ${m.due}`).join('; '),
        d.each ? `${String(d.each.day).padStart(2, '0')}/${String(d.each.month).padStart(2, '0')}` : '',
        d.kind === 'unknown' ? 'có' : '',
        `${row.part}/${row.parts}`,
        d.condition ?? '',
        ids(row.lead.agencies),
        ids(row.partners.agencies),
        row.directedBy ? `${row.directedBy.clauseLabel}: ${row.directedBy.quote}` : '',
      ];
    }),
  ]);
}

/**
 * The same rows as JSON, each clause's link, and each agency with its kind's id and name
 * (as before agencies had a place), its body's id and its place (bodies.ts).
 */
export function registerJson(rows: readonly RegisterRow[], origin: string): string {
  const withNames = (refs: BodyRef[]) => refs.map((ref) => ({ id: ref.id, name: agencyName(ref.id), body: ref.body, jurisdiction: ref.jurisdiction }));
  return JSON.stringify(
    rows.map((row) => ({
      ...row,
      url: clauseUrl(row, origin),
      lead: { ...row.lead, agencies: withNames(row.lead.agencies) },
      partners: { ...row.partners, agencies: withNames(row.partners.agencies) },
    })),
    null,
    2,
  );
}

interface JsonAgencyRef {
  text: string | null;
  agencies: (BodyRef & { name: string })[];
}

type JsonRow = Omit<RegisterRow, 'lead' | 'partners'> & { url: string; lead: JsonAgencyRef; partners: JsonAgencyRef };

/**
 * Register rows back from a file `registerJson` wrote: a province page filters the
 * province's published JSON, so the download and the page's data are one file.
 */
export function rowsFromRegisterJson(text: string): RegisterRow[] {
  const data: unknown = JSON.parse(text);
  if (!Array.isArray(data)) throw new Error('Tệp nghĩa vụ không phải là một danh sách.');
  const refs = (ref: JsonAgencyRef) => ({ text: ref.text, agencies: ref.agencies.map(({ id, body, jurisdiction }) => ({ id, body, jurisdiction })) });
  return (data as JsonRow[]).map(({ url, lead, partners, ...row }) => ({
    ...row,
    lead: refs(lead),
    partners: refs(partners),
  }));
}
