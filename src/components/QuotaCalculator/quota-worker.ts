/// <reference lib="webworker" />
/**
 * Reads and computes uploaded files off the main thread, so the page stays
 * responsive on a large file. Nothing leaves the browser: the worker only
 * answers the page that started it.
 */
import { ruleSetById } from '../../lib/quota/commune-form';
import type { CommuneQuota } from '../../lib/quota/engine';
import { computeFromFiles, type QuotaFiles, type QuotaFilesResult } from '../../lib/quota/quota-files';

/** Results per message: each message is unpacked on the page's thread in a task of its own, kept short. */
const BATCH = 2000;

export type WorkerRequest = { files: QuotaFiles; rulesId: string };
export type WorkerMessage =
  | { kind: 'progress'; done: number; total: number; stage: string }
  | { kind: 'results'; batch: CommuneQuota[] }
  /** Sent after every batch of results; `result.results` is empty. */
  | { kind: 'done'; result: QuotaFilesResult }
  | { kind: 'failed'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const post = (message: WorkerMessage) => scope.postMessage(message);
  try {
    const result = computeFromFiles(event.data.files, ruleSetById(event.data.rulesId), (done, total, stage) => post({ kind: 'progress', done, total, stage }));
    for (let from = 0; from < result.results.length; from += BATCH) post({ kind: 'results', batch: result.results.slice(from, from + BATCH) });
    post({ kind: 'done', result: { ...result, results: [] } });
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
