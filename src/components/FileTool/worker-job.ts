/**
 * Running a calculator on files in a Web Worker, so the page stays responsive on a large
 * file: the worker side (serveWorker) and the page side (useWorkerJob), one protocol.
 * A long list in the result comes in batches, each unpacked on the page's thread in a
 * task of its own, kept short. The worker (with PapaParse) is started ahead, when the
 * user first reaches the file form (`prepare`), so its script is ready by the time they
 * press the button, yet pages that only read load none of it. Besides its job, the same
 * worker answers tasks (askWorker), each in an instance of its own: the sheets of an Excel
 * file just chosen, a result written as an Excel file.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { InputFile, Progress } from '../../lib/csv/input-file';

/** The result's fields that are lists, which may come in batches. */
export type ListKey<R> = { [K in keyof R]: R[K] extends unknown[] ? K : never }[keyof R];

export type WorkerMessage<R> =
  | { kind: 'progress'; done: number; total: number; stage: string }
  | { kind: 'batch'; items: unknown[] }
  /** Sent after every batch; the batched list is empty in it. */
  | { kind: 'done'; result: R }
  | { kind: 'failed'; message: string };

/** The answer to a task (askWorker). */
type TaskAnswer = { kind: 'answer'; value: unknown } | { kind: 'failed'; message: string };

/** What the page sends a worker: a job, computed with progress reports, or a task, answered at once (a workbook's sheets, a result workbook). */
type WorkerRequest<Q, T> = { job: Q } | { task: T };

export type JobStatus<R, C> =
  | { kind: 'idle' }
  | { kind: 'working'; stage: string; done: number; total: number }
  | { kind: 'failed'; message: string }
  /** `context`: what the page asked for (e.g. the rule set), as it was when the job started. */
  | { kind: 'done'; result: R; context: C };

/**
 * A chosen file as the page hands it to the worker: the File itself (a handle, not its
 * bytes), so the page's thread neither reads nor copies a 14 MB roster.
 */
export interface PickedFile {
  name: string;
  blob: Blob;
}

/** The same record of files, picked (page side) or read (worker side). */
export type Picked<F> = { [K in keyof F]: F[K] extends InputFile | undefined ? PickedFile | Extract<F[K], undefined> : never };

/** Worker side: a picked file's bytes, read synchronously as only a worker may. */
export function readPickedFile(file: PickedFile, reader = new FileReaderSync()): InputFile {
  try {
    return { name: file.name, bytes: new Uint8Array(reader.readAsArrayBuffer(file.blob)) };
  } catch {
    throw new Error(`Không đọc được tệp ${file.name}: tệp có thể đã bị xoá, đổi tên hoặc sửa sau khi chọn. Hãy chọn lại tệp.`);
  }
}

/** Worker side: the picked files' bytes. */
export function readPicked<F>(files: Picked<F>): F {
  const reader = new FileReaderSync();
  const read = Object.entries(files as Record<string, PickedFile | undefined>).map(([key, file]) => [key, file && readPickedFile(file, reader)]);
  return Object.fromEntries(read) as F;
}

/** Items per message. */
const BATCH = 2000;

/**
 * Worker side: answer each job with progress messages, then the result (its `batched` list
 * in batches) or the failure; and each task with `answer`'s value.
 */
export function serveWorker<Q, R, T = never>(
  compute: (request: Q, progress: Progress) => R | Promise<R>,
  batched?: ListKey<R>,
  answer?: (task: T) => Promise<unknown>,
): void {
  const scope = self as unknown as {
    postMessage: (m: WorkerMessage<R> | TaskAnswer) => void;
    onmessage: ((e: MessageEvent<WorkerRequest<Q, T>>) => void) | null;
  };
  scope.onmessage = async (event) => {
    try {
      if ('task' in event.data) {
        scope.postMessage({ kind: 'answer', value: await answer!(event.data.task) });
        return;
      }
      const result = await compute(event.data.job, (done, total, stage) => scope.postMessage({ kind: 'progress', done, total, stage }));
      if (batched === undefined) {
        scope.postMessage({ kind: 'done', result });
        return;
      }
      const list = result[batched] as unknown[];
      for (let from = 0; from < list.length; from += BATCH) scope.postMessage({ kind: 'batch', items: list.slice(from, from + BATCH) });
      scope.postMessage({ kind: 'done', result: { ...result, [batched]: [] } });
    } catch (error) {
      scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
}

/** Page side: a task for a worker of its own, ended once it answers; rejected with the worker's message when it fails. */
export function askWorker<A>(makeWorker: () => Worker, task: unknown): Promise<A> {
  return new Promise((resolve, reject) => {
    const worker = makeWorker();
    worker.onmessage = (event: MessageEvent<TaskAnswer>) => {
      const message = event.data;
      worker.terminate();
      if (message.kind === 'answer') resolve(message.value as A);
      else reject(new Error(message.message));
    };
    worker.onerror = () => {
      worker.terminate();
      reject(new Error('Không chạy được phần đọc tệp của trang. Hãy tải lại trang rồi thử lại.'));
    };
    worker.postMessage({ task });
  });
}

/** Page side: `run` hands the request to the worker started ahead by `prepare` (ending any earlier job) and tracks its status. */
export function useWorkerJob<Q, R, C>(makeWorker: () => Worker, mark: string, batched?: ListKey<R>) {
  const [status, setStatus] = useState<JobStatus<R, C>>({ kind: 'idle' });
  const worker = useRef<Worker | null>(null);
  const spare = useRef<Worker | null>(null);
  useEffect(
    () => () => {
      spare.current?.terminate();
      worker.current?.terminate();
    },
    [],
  );
  const prepare = () => {
    spare.current ??= makeWorker();
  };

  const run = (request: Q, context: C) => {
    worker.current?.terminate();
    const w = spare.current ?? makeWorker();
    spare.current = null;
    worker.current = w;
    performance.mark(`${mark}-start`);
    setStatus({ kind: 'working', stage: 'Đang đọc tệp', done: 0, total: 1 });
    const received: unknown[] = [];
    w.onmessage = (event: MessageEvent<WorkerMessage<R>>) => {
      const message = event.data;
      if (message.kind === 'progress') setStatus({ kind: 'working', stage: message.stage, done: message.done, total: message.total });
      else if (message.kind === 'batch') for (const item of message.items) received.push(item);
      else {
        w.terminate();
        spare.current ??= makeWorker();
        if (message.kind === 'failed') setStatus({ kind: 'failed', message: message.message });
        else {
          // Drawn in a task of its own (unless a new job has started meanwhile): unpacking a large result and drawing it took near 100 ms together.
          const result = batched === undefined ? message.result : { ...message.result, [batched]: received };
          setTimeout(() => worker.current === w && setStatus({ kind: 'done', result, context }));
        }
      }
    };
    w.postMessage({ job: request });
  };
  const fail = (message: string) => setStatus({ kind: 'failed', message });
  return { status, run, fail, prepare };
}
