/** The Excel templates, /mau/xa.xlsx …, made at build time from the CSV templates and examples beside them (src/build/templates.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { TEMPLATES, templateWorkbook } from '../../build/templates';
import { XLSX_TYPE, writeWorkbook } from '../../lib/xlsx/write-workbook';

const CSV_FILES = import.meta.glob<string>('../../../public/mau/*.csv', { query: '?raw', import: 'default', eager: true });
const csv = (name: string) => {
  const text = CSV_FILES[`../../../public/mau/${name}`];
  if (text === undefined) throw new Error(`Thiếu tệp public/mau/${name}.`);
  return text;
};

export const getStaticPaths = (() => TEMPLATES.map((template) => ({ params: { template: template.name }, props: { template } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { template } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  const bytes = await writeWorkbook(templateWorkbook(template, csv(`${template.name}.csv`), csv(`vi-du-${template.name}.csv`)));
  return new Response(bytes, { headers: { 'Content-Type': XLSX_TYPE } });
};
