/**
 * Writes the draft plan file: YAML frontmatter in the field order and quoting of the
 * published plans, with a "# XEM LẠI: …" comment on every value a person must check,
 * then the Markdown body. Strings are written as JSON strings, which YAML reads as
 * double-quoted scalars; dates unquoted, as the schema coerces them.
 */

/** A calendar day, written unquoted (2026-04-01). */
export class Day {
  constructor(readonly iso: string) {}
}

export type YamlValue = string | number | boolean | null | Day | YamlValue[] | { [key: string]: YamlValue | undefined };

export const REVIEW = 'XEM LẠI';

function scalar(value: string | number | boolean | null | Day): string {
  if (value instanceof Day) return value.iso;
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

const isScalar = (value: YamlValue): value is string | number | boolean | null | Day => value === null || typeof value !== 'object' || value instanceof Day;

/**
 * YAML lines for `value` under `key` at `indent`. `comments` holds review notes by dotted
 * path ("signer.position", "obligations.3"); a note goes at the end of the value's first line.
 */
function emit(key: string | null, value: YamlValue, indent: string, path: string, comments: ReadonlyMap<string, string>, out: string[]): void {
  const note = comments.get(path);
  const tail = note ? `  # ${REVIEW}: ${note}` : '';
  const lead = key === null ? indent : `${indent}${key}:`;
  if (isScalar(value)) {
    out.push(`${lead}${key === null ? '' : ' '}${scalar(value)}${tail}`);
  } else if (Array.isArray(value)) {
    if (!value.length) {
      out.push(`${lead} []${tail}`);
      return;
    }
    out.push(`${lead}${tail}`);
    value.forEach((item, i) => {
      const itemPath = `${path}.${i}`;
      if (isScalar(item)) emit(null, item, `${indent}  - `, itemPath, comments, out);
      else {
        const lines: string[] = [];
        emit(null, item, `${indent}    `, itemPath, comments, lines);
        lines[0] = `${indent}  - ${lines[0]!.trimStart()}`;
        out.push(...lines);
      }
    });
  } else {
    if (key !== null) out.push(`${lead}${tail}`);
    const entries = Object.entries(value).filter((entry): entry is [string, YamlValue] => entry[1] !== undefined);
    entries.forEach(([k, v], i) => {
      const childPath = path ? `${path}.${k}` : k;
      const childIndent = key === null ? indent : `${indent}  `;
      // An object in a list carries the list item's note on its first line.
      const childComments = key === null && i === 0 && note ? new Map([...comments, [childPath, note]]) : comments;
      emit(k, v, childIndent, childPath, childComments, out);
    });
  }
}

/** The frontmatter's YAML (without the "---" fences). */
export function frontmatterYaml(frontmatter: Record<string, YamlValue | undefined>, comments: ReadonlyMap<string, string>): string {
  const out: string[] = [];
  for (const [key, value] of Object.entries(frontmatter)) if (value !== undefined) emit(key, value, '', key, comments, out);
  return out.join('\n');
}

export function draftMdx(opening: readonly string[], frontmatter: Record<string, YamlValue | undefined>, comments: ReadonlyMap<string, string>, body: string): string {
  return ['---', ...opening.map((line) => `# ${line}`), frontmatterYaml(frontmatter, comments), '---', '', body.trimEnd(), ''].join('\n');
}
