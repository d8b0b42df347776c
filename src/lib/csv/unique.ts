/** Keys that must be unique in a file (a commune code, a commune and unit name). */
import type { RowCells } from './read';

/** Records an error for a value already used in an earlier row (a duplicated key); remembers it otherwise. */
export function checkUnique(
  seen: Map<string, number>,
  value: string,
  cells: RowCells,
  key: string,
  message: (firstRow: number) => string,
): void {
  const firstRow = seen.get(value);
  if (firstRow === undefined) seen.set(value, cells.row);
  else cells.error(key, message(firstRow));
}
