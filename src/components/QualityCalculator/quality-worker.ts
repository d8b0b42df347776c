/// <reference lib="webworker" />
/** Reads and computes the quality calculator's files off the main thread; nothing leaves the browser. */
import { ruleSetById } from '../../lib/quota/rules';
import type { CalendarDate } from '../../lib/core/dates';
import { type QualityFiles, computeQuality } from '../../lib/quality/quality-files';
import { DONG_THAP_NQ14 } from '../../lib/quality/rules';
import { type SheetChoices, readWorkbooks } from '../../lib/xlsx/workbook-files';
import { type Picked, readPicked, serveWorker } from '../FileTool/worker-job';

export type QualityRequest = { files: Picked<QualityFiles>; sheets?: SheetChoices<QualityFiles>; trainingId: string; reference: CalendarDate; today: CalendarDate };

serveWorker(async (r: QualityRequest, progress) => {
  const files = await readWorkbooks(readPicked(r.files), r.sheets);
  return computeQuality(files, { rules: DONG_THAP_NQ14, training: ruleSetById(r.trainingId), reference: r.reference, today: r.today }, progress);
}, 'candidates');
