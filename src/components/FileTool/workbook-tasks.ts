/// <reference lib="webworker" />
/**
 * Worker side of the task every file tool's worker answers besides its job (askWorker):
 * a chosen workbook's visible sheets, for the sheet picker.
 */
import { type Inspected, inspectWorkbook } from '../../lib/xlsx/inspect';
import { type PickedFile, readPickedFile } from './worker-job';

export type SheetsTask = { kind: 'sheets'; file: PickedFile };

/** The workbook's visible sheets, or why it cannot be read (told from its bytes, without loading the spreadsheet library). */
export const workbookSheets = (task: SheetsTask): Promise<Inspected> => inspectWorkbook(readPickedFile(task.file).bytes);
