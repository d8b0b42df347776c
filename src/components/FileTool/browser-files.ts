/** Files in and out of a calculator page: the chosen file's bytes, the example data, and a download made in the tab. */
import type { InputFile } from '../../lib/csv/input-file';

export async function chosenFile(input: HTMLInputElement | null): Promise<InputFile | undefined> {
  const file = input?.files?.[0];
  return file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : undefined;
}

/** An example file from /mau/ (same origin; the only request a calculator makes). */
export async function exampleFile(name: string): Promise<InputFile> {
  const response = await fetch(`/mau/${name}`);
  return { name, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** Saves text the page made as a CSV download; nothing is sent anywhere. */
export function saveCsv(text: string, fileName: string): void {
  const blob = new Blob([text], { type: 'text/csv;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
