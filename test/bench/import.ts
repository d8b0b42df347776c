/**
 * Importer benchmark (prints numbers; no pass/fail): each published plan made into a
 * Word file from its source (Đồng Tháp with Word's automatic numbering) and imported as a
 * new plan; per plan, the metadata fields that came out the same as the hand-written plan
 * (and how many of the others the report hands to a person), the pinned anchors that came
 * out the same, whether the text matched word for word, the obligations suggested against
 * those marked, the slug guessed, and the time of the import (median of a few runs, and
 * of the build check). Run: npm run bench:import
 */
import { it } from 'vitest';
import { draftProblems } from '../../src/import/check-draft';
import { readCollection } from '../../src/import/collection';
import { importPlan } from '../../src/import/import-plan';
import { docxFromSeed } from '../support/docx-fixture';
import { compareImport, seedOf } from '../support/import-compare';
import { ROOT } from '../support/plan-loader';
import { PLAN_SLUGS } from '../support/plans';

const RUNS = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

it('importer benchmark', async () => {
  const collection = readCollection(ROOT);
  const rows: string[] = [];
  for (const slug of PLAN_SLUGS) {
    const bytes = await docxFromSeed(seedOf(slug), { automaticNumbering: slug === 'dong-thap-nq-14-nq-tu-2026' });
    const published = collection.filter((p) => p.slug !== slug);
    const times: number[] = [];
    let result = importPlan(bytes, { fileName: `${slug}.docx`, published, today: '2026-12-05' });
    const guessedSlug = result.slug;
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      result = importPlan(bytes, { fileName: `${slug}.docx`, slug, published, today: '2026-12-05' });
      times.push(performance.now() - start);
    }
    const checkStart = performance.now();
    const build = await draftProblems(result.draft, slug, ROOT, published);
    const check = performance.now() - checkStart;
    const c = compareImport(slug, result.draft, result.report);
    const right = c.fields.filter((f) => f.equal).length;
    const handed = c.fields.filter((f) => !f.equal && f.reported).length;
    const anchors = c.anchors.filter((a) => a.ok).length;
    const marks = result.report.suggestions.filter((s) => s.mark).length;
    rows.push(
      `${slug.padEnd(30)} fields ${right}/${c.fields.length} (${handed} handed to a person, ${c.fields.length - right - handed} wrong)` +
        `  anchors ${anchors}/${c.anchors.length}  text ${c.textDifference ? 'DIFFERS' : 'word for word'}` +
        `  suggestions ${marks} (published marks missed: ${c.missedMarks.length})  slug ${guessedSlug === slug ? 'same' : guessedSlug}` +
        `  builds ${build.length ? 'NO' : 'yes'}  import ${median(times).toFixed(0)} ms (median of ${RUNS}), build check ${check.toFixed(0)} ms`,
    );
  }
  console.log(`\nImport of the five plans from Word fixtures:\n${rows.join('\n')}\n`);
});
