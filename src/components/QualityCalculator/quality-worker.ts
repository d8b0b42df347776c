/// <reference lib="webworker" />
/** Reads and computes the quality calculator's files off the main thread, and writes the results as an Excel workbook when asked; nothing leaves the browser. */
import { type CalendarDate, today } from '../../lib/core/dates';
import type { CommuneResult } from '../../lib/quality/input';
import { type QualityFiles, computeQuality } from '../../lib/quality/quality-files';
import { qualityResultWorkbook } from '../../lib/quality/result-xlsx';
import { DONG_THAP_NQ14 } from '../../lib/quality/rules';
import { ruleSetById } from '../../lib/quota/rules';
import type { ResultAbout } from '../../lib/xlsx/result-workbook';
import { type SheetChoices, readWorkbooks } from '../../lib/xlsx/workbook-files';
import { XLSX_TYPE, writeWorkbook } from '../../lib/xlsx/write-workbook';
import { type SheetsTask, workbookSheets } from '../FileTool/workbook-tasks';
import { type Picked, readPicked, serveWorker } from '../FileTool/worker-job';

export type QualityRequest = { files: Picked<QualityFiles>; sheets?: SheetChoices<QualityFiles>; trainingId: string; reference: CalendarDate; today: CalendarDate };
export type QualityTask =
  | SheetsTask
  | { kind: 'workbook'; communes: CommuneResult[]; trainingId: string; reference: CalendarDate; about: Pick<ResultAbout, 'read' | 'origin'> };

serveWorker(
  async (r: QualityRequest, progress) => {
    const files = await readWorkbooks(readPicked(r.files), r.sheets);
    return computeQuality(files, { rules: DONG_THAP_NQ14, training: ruleSetById(r.trainingId), reference: r.reference, today: r.today }, progress);
  },
  'candidates',
  async (task: QualityTask) => {
    if (task.kind === 'sheets') return workbookSheets(task);
    const options = { rules: DONG_THAP_NQ14, training: ruleSetById(task.trainingId), reference: task.reference };
    return new Blob([await writeWorkbook(qualityResultWorkbook(task.communes, options, { ...task.about, date: today() }, new Date()))], { type: XLSX_TYPE });
  },
);
