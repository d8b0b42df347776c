/** Files in and out of a page that works on files (the calculators, the register's exports): the chosen file (read by the worker), the example data, and a download made in the tab. */
import { fileSizeProblem } from '../../lib/csv/decode';
import type { PickedFile } from './worker-job';

/** The message for the first chosen file over the size limit. Checked before reading: reading a huge file would freeze the tab first. */
export function oversizedFile(inputs: (HTMLInputElement | null)[]): string | null {
  for (const input of inputs) {
    const file = input?.files?.[0];
    const problem = file ? fileSizeProblem(file.size) : null;
    if (file && problem) return `${file.name}: ${problem}`;
  }
  return null;
}

/** The file chosen in `input`, unread: the worker reads it. */
export function chosenFile(input: HTMLInputElement | null): PickedFile | undefined {
  const file = input?.files?.[0];
  return file ? { name: file.name, blob: file } : undefined;
}

/** An example file from /mau/ (same origin; the only request a calculator makes). */
export async function exampleFile(name: string): Promise<PickedFile> {
  const response = await fetch(`/mau/${name}`);
  return { name, blob: await response.blob() };
}

/** Saves what the page made as a download (text is a CSV unless `type` says otherwise); nothing is sent anywhere. */
export function saveFile(contents: string | Blob, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const blob = typeof contents === 'string' ? new Blob([contents], { type }) : contents;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
