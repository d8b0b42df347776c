/// <reference lib="webworker" />
/**
 * Reads and computes uploaded files off the main thread. Nothing leaves the browser:
 * the worker only answers the page that started it.
 */
import { ruleSetById } from '../../lib/quota/rules';
import { computeFromFiles, type QuotaFiles } from '../../lib/quota/quota-files';
import { type SheetChoices, readWorkbooks } from '../../lib/xlsx/workbook-files';
import { type Picked, readPicked, serveWorker } from '../FileTool/worker-job';

export type QuotaRequest = { files: Picked<QuotaFiles>; sheets?: SheetChoices<QuotaFiles>; rulesId: string };

serveWorker(
  async (request: QuotaRequest, progress) => computeFromFiles(await readWorkbooks(readPicked(request.files), request.sheets), ruleSetById(request.rulesId), progress),
  'results',
);
