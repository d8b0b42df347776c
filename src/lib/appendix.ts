/** Anchors and citations of appendix (phụ lục) rows: `pl-<group roman>-<row>` (links.md). */
export function appendixGroupId(numeral: string): string {
  return `pl-${numeral.toLowerCase()}`;
}

export function appendixRowId(numeral: string, row: number): string {
  return `${appendixGroupId(numeral)}-${row}`;
}

export function appendixGroupLabel(numeral: string): string {
  return `nhóm ${numeral} Phụ lục`;
}

export function appendixRowLabel(numeral: string, row: number): string {
  return `nhiệm vụ ${row} ${appendixGroupLabel(numeral)}`;
}
