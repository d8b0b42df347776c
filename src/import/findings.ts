/**
 * What the importer says about each frontmatter field: read from the document as printed,
 * guessed (a person checks it), or missing (a person fills it in). The report prints them
 * and the draft marks every field that is not simply read with a "# XEM LẠI" comment.
 */
export type How = 'read' | 'guessed' | 'missing';

export interface Finding {
  /** The frontmatter field, dotted for a nested one ("signer.name"). */
  field: string;
  how: How;
  /** Where it came from or why it is missing, in Vietnamese. */
  note: string;
}

export class Findings {
  readonly list: Finding[] = [];

  read(field: string, note: string): void {
    this.add({ field, how: 'read', note });
  }

  guessed(field: string, note: string): void {
    this.add({ field, how: 'guessed', note });
  }

  missing(field: string, note: string): void {
    this.add({ field, how: 'missing', note });
  }

  /** The finding of a field (the last word on it). */
  of(field: string): Finding | undefined {
    return this.list.findLast((f) => f.field === field);
  }

  private add(finding: Finding): void {
    const at = this.list.findIndex((f) => f.field === finding.field);
    if (at >= 0) this.list.splice(at, 1);
    this.list.push(finding);
  }
}
