/// <reference lib="webworker" />
/**
 * Reads and computes uploaded files off the main thread, so the page stays
 * responsive on a large file. Nothing leaves the browser: the worker only
 * answers the page that started it.
 */
import { ruleSetById } from '../../lib/quota/commune-form';
import { computeFromFiles, type QuotaFiles, type QuotaFilesResult } from '../../lib/quota/quota-files';

export type WorkerRequest = { files: QuotaFiles; rulesId: string };
export type WorkerMessage =
  | { kind: 'progress'; done: number; total: number; stage: string }
  | { kind: 'done'; result: QuotaFilesResult }
  | { kind: 'failed'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const post = (message: WorkerMessage) => scope.postMessage(message);
  try {
    const result = computeFromFiles(event.data.files, ruleSetById(event.data.rulesId), (done, total, stage) => post({ kind: 'progress', done, total, stage }));
    post({ kind: 'done', result });
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
