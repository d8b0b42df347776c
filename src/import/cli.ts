/**
 * npm run plan:import -- <file.docx> [--slug <slug>]
 *
 * Imports a plan's Word file: writes content/sources/<slug>.txt and a draft
 * content/plans/<slug>.mdx, then prints the report (report.ts). A file that is not a
 * readable .docx plan gets a Vietnamese message, exit code 1, and nothing is written;
 * an existing plan is never overwritten.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { draftProblems } from './check-draft';
import { PLANS_DIR, SOURCES_DIR, readCollection } from './collection';
import { ImportError } from './errors';
import { importPlan } from './import-plan';
import { formatReport } from './report';

export interface RunOptions {
  file: string;
  slug?: string;
  /** The project folder holding content/. */
  root: string;
  today: string;
}

export interface RunResult {
  /** 0 when the files were written, 1 when the file was refused. */
  code: number;
  output: string;
  written: string[];
}

const USAGE = 'Cách dùng: npm run plan:import -- <tệp.docx> [--slug <địa-chỉ-kế-hoạch>]';

export function parseArgs(args: readonly string[]): { file?: string; slug?: string; error?: string } {
  const rest = [...args];
  let file: string | undefined;
  let slug: string | undefined;
  while (rest.length) {
    const arg = rest.shift()!;
    if (arg === '--slug') slug = rest.shift();
    else if (arg.startsWith('--slug=')) slug = arg.slice('--slug='.length);
    else if (arg.startsWith('-')) return { error: `Không hiểu tuỳ chọn “${arg}”. ${USAGE}` };
    else if (file) return { error: `Chỉ nhập một tệp mỗi lần (đã có “${file}”, thêm “${arg}”). ${USAGE}` };
    else file = arg;
  }
  if (!file) return { error: `Thiếu tệp cần nhập. ${USAGE}` };
  if (slug === '') return { error: `--slug cần một địa chỉ. ${USAGE}` };
  return { file, slug };
}

export async function runImport({ file, slug, root, today }: RunOptions): Promise<RunResult> {
  if (!existsSync(file)) return { code: 1, output: `Không thấy tệp “${file}”.`, written: [] };
  try {
    const published = readCollection(root);
    const result = importPlan(new Uint8Array(readFileSync(file)), { fileName: basename(file), slug, published, today });
    const source = join(SOURCES_DIR, `${result.slug}.txt`);
    const draft = join(PLANS_DIR, `${result.slug}.mdx`);
    if (existsSync(join(root, source))) throw new ImportError(`Đã có tệp ${source}: bản nhập không ghi đè; hãy ghi --slug khác.`);
    const build = await draftProblems(result.draft, result.slug, root, published);
    writeFileSync(join(root, source), result.source);
    writeFileSync(join(root, draft), result.draft);
    return { code: 0, output: formatReport(result.report, build, [source, draft]), written: [source, draft] };
  } catch (error) {
    if (error instanceof ImportError) return { code: 1, output: `Không nhập được: ${error.message}\nKhông ghi tệp nào.`, written: [] };
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = parseArgs(process.argv.slice(2));
  if (args.error || !args.file) {
    console.error(args.error);
    process.exitCode = 1;
  } else {
    // The import's day is the editor's local day: it becomes the draft's added and updated dates.
    const today = new Date().toLocaleDateString('sv-SE');
    const result = await runImport({ file: args.file, slug: args.slug, root: process.cwd(), today });
    (result.code === 0 ? console.log : console.error)(result.output);
    process.exitCode = result.code;
  }
}
