/// <reference lib="webworker" />
/**
 * Reads and computes uploaded files off the main thread, and writes the results as an
 * Excel workbook when asked. Nothing leaves the browser: the worker only answers the page
 * that started it.
 */
import { today } from '../../lib/core/dates';
import { ruleSetById } from '../../lib/quota/rules';
import type { CommuneQuota } from '../../lib/quota/engine';
import { computeFromFiles, type QuotaFiles } from '../../lib/quota/quota-files';
import { quotaResultWorkbook } from '../../lib/quota/result-xlsx';
import type { ResultAbout } from '../../lib/xlsx/result-workbook';
import { type SheetChoices, readWorkbooks } from '../../lib/xlsx/workbook-files';
import { XLSX_TYPE, writeWorkbook } from '../../lib/xlsx/write-workbook';
import { type SheetsTask, workbookSheets } from '../FileTool/workbook-tasks';
import { type Picked, readPicked, serveWorker } from '../FileTool/worker-job';

export type QuotaRequest = { files: Picked<QuotaFiles>; sheets?: SheetChoices<QuotaFiles>; rulesId: string };
export type QuotaTask = SheetsTask | { kind: 'workbook'; results: CommuneQuota[]; rulesId: string; about: Pick<ResultAbout, 'read' | 'origin'> };

serveWorker(
  async (request: QuotaRequest, progress) => computeFromFiles(await readWorkbooks(readPicked(request.files), request.sheets), ruleSetById(request.rulesId), progress),
  'results',
  async (task: QuotaTask) =>
    task.kind === 'sheets'
      ? workbookSheets(task)
      : new Blob([await writeWorkbook(quotaResultWorkbook(task.results, ruleSetById(task.rulesId), { ...task.about, date: today() }, new Date()))], { type: XLSX_TYPE }),
);
