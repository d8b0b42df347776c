/**
 * ExcelJS, loaded on first use: about 250 KB (gzip) that a page reading only CSV never
 * fetches. Its CommonJS build comes as the module's default export; typed as its namespace.
 */
import type * as ExcelJS from 'exceljs';

export type ExcelLibrary = typeof ExcelJS;

export async function excelLibrary(): Promise<ExcelLibrary> {
  const module = (await import('exceljs')) as ExcelLibrary & { default?: ExcelLibrary };
  return module.default ?? module;
}
