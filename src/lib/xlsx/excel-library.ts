/**
 * ExcelJS, loaded on first use: about 250 KB (gzip) that a page reading only CSV never
 * fetches. Its CommonJS build comes as the module's default export; typed as its namespace.
 */
import type * as ExcelJS from 'exceljs';

export type ExcelLibrary = typeof ExcelJS;

export async function excelLibrary(): Promise<ExcelLibrary> {
  let module: ExcelLibrary & { default?: ExcelLibrary };
  try {
    module = await import('exceljs');
  } catch {
    // Offline, a first use finds the library neither in the cache nor on the network.
    throw new Error(
      'Không tải được phần đọc, ghi tệp Excel (có thể do mất kết nối mạng). Hãy thử lại khi có mạng, hoặc lưu tệp thành “CSV UTF-8 (Comma delimited)” và dùng tệp CSV.',
    );
  }
  return module.default ?? module;
}
