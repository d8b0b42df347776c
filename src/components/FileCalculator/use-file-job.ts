/**
 * The file form's side of a calculator on files: the files chosen (checked for size before
 * anything reads them, then for what is missing), the example data, and the job handed to
 * the worker; the last files are kept so the calculator can compute again with new settings.
 */
import { useRef, useState } from 'preact/hooks';
import { chosenFile, exampleFile, oversizedFile } from '../FileTool/browser-files';
import { useWorkerJob } from '../FileTool/worker-job';
import type { ChosenFiles, FileInputs, Job, WorkerSpec } from './config';

export function useFileJob<K extends string, Q, R, C>(files: FileInputs<K>, worker: WorkerSpec<R>, job: (files: ChosenFiles<K>) => Job<Q, C>) {
  const { status, run, fail, prepare } = useWorkerJob<Q, R, C>(worker.start, worker.mark, worker.batched);
  const inputs = useRef<Partial<Record<K, HTMLInputElement | null>>>({});
  const [last, setLast] = useState<ChosenFiles<K> | null>(null);

  const start = (chosen: ChosenFiles<K>) => {
    setLast(chosen);
    const { request, context } = job(chosen);
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
    start(chosen);
  };

  const useExample = async () => {
    const named = Object.entries(files.examples) as [K, string][];
    const picked = await Promise.all(named.map(([, name]) => exampleFile(name)));
    start(Object.fromEntries(named.map(([key], i) => [key, picked[i]])) as ChosenFiles<K>);
  };

  return {
    status,
    prepare,
    submit,
    useExample,
    /** Computes again on the files of the last job. */
    rerun: last && (() => start(last)),
    inputRef: (key: K) => (element: HTMLInputElement | null) => void (inputs.current[key] = element),
  };
}
