/**
 * The file form's side of a calculator on files: the files chosen (checked for size before
 * anything reads them, then for what is missing), the sheet of each Excel file (listed by
 * the worker as soon as the file is chosen), the example data, and the job handed to the
 * worker; the last files are kept so the calculator can compute again with new settings.
 */
import { useRef, useState } from 'preact/hooks';
import type { Inspected } from '../../lib/xlsx/inspect';
import { chosenFile, exampleFile, oversizedFile } from '../FileTool/browser-files';
import type { SheetState } from '../FileTool/FileField';
import { askWorker, useWorkerJob } from '../FileTool/worker-job';
import type { AskWorker, ChosenFiles, FileInputs, Job, SheetChoices, WorkerSpec } from './config';

/** A name Excel gives its workbooks; the worker tells a workbook by its bytes, this only decides whether to list its sheets. */
const WORKBOOK_NAME = /\.(?:xlsx|xlsm|xls)$/i;

export function useFileJob<K extends string, Q, R, C>(files: FileInputs<K>, worker: WorkerSpec<R>, job: (files: ChosenFiles<K>, sheets: SheetChoices<K>) => Job<Q, C>) {
  const { status, run, fail, prepare } = useWorkerJob<Q, R, C>(worker.start, worker.mark, worker.batched);
  const inputs = useRef<Partial<Record<K, HTMLInputElement | null>>>({});
  const [last, setLast] = useState<{ files: ChosenFiles<K>; sheets: SheetChoices<K> } | null>(null);
  const [sheets, setSheets] = useState<Partial<Record<K, SheetState>>>({});
  /** The file each chooser last held: an answer about an earlier file is dropped. */
  const listed = useRef<Partial<Record<K, File | null>>>({});
  const ask: AskWorker = (task) => askWorker(worker.start, task);

  const setSheet = (key: K, state: SheetState | undefined) => setSheets((all) => ({ ...all, [key]: state }));

  const chooseFile = (key: K, file: File | null) => {
    listed.current[key] = file;
    if (!file || !WORKBOOK_NAME.test(file.name)) return setSheet(key, undefined);
    setSheet(key, { kind: 'reading' });
    const answer = (state: SheetState) => listed.current[key] === file && setSheet(key, state);
    ask<Inspected>({ kind: 'sheets', file: { name: file.name, blob: file } }).then(
      (inspected) =>
        answer(inspected.ok ? { kind: 'sheets', file: file.name, names: inspected.sheets, chosen: inspected.sheets[0]! } : { kind: 'unreadable', message: inspected.message }),
      (error: Error) => answer({ kind: 'unreadable', message: error.message }),
    );
  };

  const chooseSheet = (key: K, name: string) => {
    const state = sheets[key];
    if (state?.kind === 'sheets') setSheet(key, { ...state, chosen: name });
  };

  const start = (chosen: ChosenFiles<K>, choices: SheetChoices<K>) => {
    setLast({ files: chosen, sheets: choices });
    const { request, context } = job(chosen, choices);
    run(request, context);
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const elements = files.fields.map((f) => inputs.current[f.key] ?? null);
    const tooLarge = oversizedFile(elements);
    if (tooLarge) return fail(tooLarge);
    const chosen = Object.fromEntries(files.fields.map((f, i) => [f.key, chosenFile(elements[i] ?? null)])) as ChosenFiles<K>;
    const missing = files.missing(chosen);
    if (missing) return fail(missing);
    const choices = Object.fromEntries(
      files.fields.flatMap((f) => {
        const state = sheets[f.key];
        return state?.kind === 'sheets' ? [[f.key, state.chosen]] : [];
      }),
    ) as SheetChoices<K>;
    start(chosen, choices);
  };

  const useExample = async () => {
    const named = Object.entries(files.examples) as [K, string][];
    const picked = await Promise.all(named.map(([, name]) => exampleFile(name)));
    start(Object.fromEntries(named.map(([key], i) => [key, picked[i]])) as ChosenFiles<K>, {});
  };

  return {
    status,
    prepare,
    submit,
    useExample,
    /** Computes again on the files (and sheets) of the last job. */
    rerun: last && (() => start(last.files, last.sheets)),
    inputRef: (key: K) => (element: HTMLInputElement | null) => void (inputs.current[key] = element),
    sheets,
    chooseFile,
    chooseSheet,
    ask,
  };
}
