import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { FileIssue } from '../../../src/lib/csv/issues';
import type { TableSource } from '../../../src/lib/csv/table-source';
import { ETHNIC_GROUP_NAMES } from '../../../src/lib/ethnic-groups';
import { readChatLuongCsv } from '../../../src/lib/quality/chat-luong-csv';
import { readDanTocCsv, readDonViCsv, readXaCsv } from '../../../src/lib/quota/xa-csv';
import { readCanBoCsv } from '../../../src/lib/roster/can-bo-csv';
import { LISTS_SHEET, TEMPLATES, TEMPLATE_ROWS, type Template, templateWorkbook } from '../../../src/build/templates';
import { readSheet } from '../../../src/lib/xlsx/read-sheet';
import { writeWorkbook } from '../../../src/lib/xlsx/write-workbook';
import { sample } from '../../support/xlsx';

/** Each template's reader: its records (or cadres) and issues. */
const TODAY = { year: 2026, month: 4, day: 1 };
const READERS: Record<string, (source: TableSource) => { records: unknown[]; issues: FileIssue[] }> = {
  xa: (s) => { const r = readXaCsv(s, 'xa'); return { records: r.communes, issues: r.issues }; },
  'dan-toc': (s) => { const r = readDanTocCsv(s, 'dan-toc'); return { records: r.rows.map(({ row, ...rest }) => rest), issues: r.issues }; },
  'don-vi': (s) => { const r = readDonViCsv(s, 'don-vi'); return { records: r.rows.map(({ row, ...rest }) => rest), issues: r.issues }; },
  'chat-luong': (s) => { const r = readChatLuongCsv(s, 'chat-luong'); return { records: r.communes, issues: r.issues }; },
  'can-bo': (s) => {
    const records: unknown[] = [];
    const { issues } = readCanBoCsv(s, 'can-bo', TODAY, ({ row, ...cadre }) => records.push(cadre));
    return { records, issues };
  },
};

const csvRows = (name: string) => Papa.parse<string[]>(sample(name).trim(), { skipEmptyLines: true }).data;
const spec = (t: Template) => templateWorkbook(t, sample(`${t.name}.csv`), sample(`vi-du-${t.name}.csv`));
const errors = (issues: FileIssue[]) => issues.filter((i) => i.severity === 'error');

describe.each(TEMPLATES.map((t) => [t.name, t] as const))('the Excel template %s.xlsx', (name, template) => {
  it('has the CSV template’s header row and the example file’s first row, typed', () => {
    const [main] = spec(template).sheets;
    expect(main!.name).toBe(template.sheet);
    expect(main!.columns.map((c) => c.header)).toEqual(csvRows(`${name}.csv`)[0]);
    expect(main!.rows).toHaveLength(1);
    expect(main!.comments?.A2).toContain('dòng ví dụ');
  });

  it('reads back, through the calculators’ own reader, as the example file’s first row reads', async () => {
    const sheet = await readSheet(await writeWorkbook(spec(template)));
    expect(sheet.ok).toBe(true);
    const fromTemplate = READERS[name]!(sheet.ok ? sheet.sheet : '');
    const [header, first] = csvRows(`vi-du-${name}.csv`);
    const fromCsv = READERS[name]!(Papa.unparse([header!, first!]));
    expect(errors(fromTemplate.issues)).toEqual([]);
    expect(fromTemplate.records).toEqual(fromCsv.records);
  });

  it('validates each column as its reader reads it, and the reader rejects what the validation rejects', () => {
    const [main] = spec(template).sheets;
    const [header, first] = csvRows(`vi-du-${name}.csv`);
    const template_ = csvRows(`${name}.csv`)[0]!;
    const BAD: Record<string, string> = { count: '-1', percent: '101', yesNo: 'có lẽ', sex: 'X', year: '19a0', date: '31/02/1990', ethnicGroup: 'Kinh Bắc', minorityGroup: 'Kinh' };
    template.columns.forEach((column) => {
      const index = template_.findIndex((h) => h === column.label);
      if (index < 0) return;
      const kind = column.kind ?? 'text';
      const validation = main!.columns[index]!.validation;
      expect(validation?.type ?? 'none', `${name}.${column.key}`).toBe(
        { count: 'whole', percent: 'decimal', year: 'whole', yesNo: 'list', sex: 'list', ethnicGroup: 'list', minorityGroup: 'list', date: 'none', text: 'none' }[kind],
      );
      if (kind === 'text') return;
      const exampleIndex = header!.findIndex((h) => h === column.label);
      const row = [...first!];
      row[exampleIndex] = BAD[kind]!;
      const { issues } = READERS[name]!(Papa.unparse([header!, row]));
      expect(errors(issues).map((i) => i.column), `${name}.${column.key} = ${BAD[kind]}`).toContain(column.label);
    });
    expect(main!.validatedRows).toBe(TEMPLATE_ROWS);
  });
});

describe('the lists the templates’ validations offer', () => {
  it('are the 54 ethnic groups and the 53 minorities, on a hidden sheet, only in templates with an ethnic column', () => {
    const withLists = TEMPLATES.filter((t) => spec(t).sheets.length > 1).map((t) => t.name);
    expect(withLists).toEqual(['dan-toc', 'can-bo']);
    const lists = spec(TEMPLATES.find((t) => t.name === 'can-bo')!).sheets[1]!;
    expect(lists).toMatchObject({ name: LISTS_SHEET, hidden: true });
    expect(lists.rows.map((r) => r[0])).toEqual(ETHNIC_GROUP_NAMES);
    const minorities = lists.rows.map((r) => r[1]).filter((n) => n !== null);
    expect(minorities).toHaveLength(53);
    expect(minorities).not.toContain('Kinh');
    const [main] = spec(TEMPLATES.find((t) => t.name === 'can-bo')!).sheets;
    expect(main!.columns.find((c) => c.header === 'Dân tộc')!.validation!.formulae).toEqual([`'${LISTS_SHEET}'!$A$2:$A$55`]);
    const [danToc] = spec(TEMPLATES.find((t) => t.name === 'dan-toc')!).sheets;
    expect(danToc!.columns.find((c) => c.header === 'Dân tộc')!.validation!.formulae).toEqual([`'${LISTS_SHEET}'!$B$2:$B$54`]);
  });
});
