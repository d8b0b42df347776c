import { z } from 'astro/zod';
import { provinceByName } from './provinces';
import { planStatusSchema } from './plan-status-schema';
import { statusIssues } from './plan-status';

/** A document a plan implements or is based on (căn cứ / thực hiện / đề nghị). */
export const legalBasisSchema = z.object({
  kind: z.enum(['Quyết định', 'Kế hoạch', 'Chỉ thị', 'Nghị quyết', 'Văn bản', 'Thông báo', 'Quy định']),
  number: z.string().min(1),
  date: z.coerce.date().nullable(),
  issuer: z.string().min(1),
  relation: z.enum(['thực hiện', 'căn cứ', 'đề nghị']),
  /** Short subject, when the plan quotes it. */
  subject: z.string().optional(),
  /**
   * The address of its page, /van-ban/<slug>/, when the one made from number and date is
   * another issuer's document already (docs/documents.md).
   */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Địa chỉ trang văn bản (slug) chỉ gồm chữ thường không dấu, chữ số và dấu "-"').optional(),
});

const appendixRowSchema = z.object({
  n: z.number().int().positive(),
  task: z.string().min(1),
  product: z.string().min(1),
  partners: z.string().min(1),
  deadline: z.string().min(1),
});

const appendixSchema = z.object({
  heading: z.string().min(1),
  title: z.string().min(1),
  caption: z.string().min(1),
  columns: z.tuple([z.string(), z.string(), z.string(), z.string(), z.string()]),
  groups: z
    .array(
      z.object({
        numeral: z.string().regex(/^[IVX]+$/, 'Số La Mã của nhóm (I, II, …)'),
        name: z.string().min(1),
        rows: z.array(appendixRowSchema).min(1),
      }),
    )
    .min(1),
});

const clauseId = z.string().regex(/^[a-z0-9_-]+$/, 'Mã điều khoản dạng "ii-2-b-3"');

/**
 * One task in the body text, marked by the anchor of the clause that states it.
 * Every text is quoted from that clause (or a clause it sits in, for the agency a
 * heading names); the build checks the quotes, so the register cannot drift from the text.
 * A clause that gives two tasks is marked twice, each mark quoting its own task.
 * Appendix rows are obligations by themselves and are not listed here.
 */
export const obligationMarkSchema = z
  .object({
    id: clauseId,
    /** The task's words, when the clause holds more than this task; otherwise its own words are. */
    task: z.string().min(5).optional(),
    /** The agency that leads, as the text names it; omitted when the text names none. */
    lead: z.string().min(2).optional(),
    partners: z.string().min(2).optional(),
    /** What the task produces, with whom it goes to when the text says ("báo cáo UBND tỉnh (qua Sở Nội vụ) và …"). */
    product: z.string().min(2).optional(),
    /** The deadline as written; omitted when the text gives none. */
    deadline: z.string().min(2).optional(),
    /** A time the task aims at but is not due by ("đến hết năm 2030" for a roadmap): shown as written, never as a date. */
    horizon: z.string().min(2).optional(),
    /** What the task waits for, as written ("sau khi có quyết định giao biên chế chính thức …"), kept beside any deadline. */
    condition: z.string().min(2).optional(),
  })
  .refine((mark) => !(mark.deadline && mark.horizon), {
    error: 'Một nghĩa vụ có thời hạn (deadline) hoặc mốc hướng tới (horizon), không có cả hai: mốc hướng tới không phải hạn chót.',
  });

/**
 * Clauses that name a body or a time but set no task, each with why: a purpose, a target,
 * a heading over the tasks below it, a task the register already holds (`sameAs`).
 * Every such clause must be marked or listed here (src/lib/obligations/coverage.ts).
 */
export const notObligationSchema = z.object({
  clauses: z.array(clauseId).min(1),
  reason: z.string().min(10, 'Lý do phải nói rõ vì sao điều khoản không phải một nhiệm vụ.'),
  /** The clause (or appendix row) whose obligation is the same task. */
  sameAs: clauseId.optional(),
});

/**
 * Where tasks name no body (most of Lai Châu Mục II): the clause that says who directs
 * them, and its words, shown on every such row.
 */
export const directingClauseSchema = z.object({ clause: clauseId, quote: z.string().min(10) });

/** Metadata of one plan. Field names are the site's; values are as the source writes them. */
export const planSchema = z
  .object({
    /** Trích yếu: the subject line under "KẾ HOẠCH", as written. */
    title: z.string().min(10),
    /** How the plan is named in a citation when it has no number, e.g. "Kế hoạch thực hiện Nghị quyết số 05-NQ/TU". */
    shortName: z.string().min(5),
    docType: z.literal('Kế hoạch'),
    number: z.string().regex(/^\d+\/[A-ZĐ-]+$/, 'Số hiệu dạng "128/KH-UBND"').nullable(),
    /** The number line as printed ("Số: /KH-UBND" on a draft), or null when the source has none. */
    numberLine: z.string().nullable(),
    issueDate: z.coerce.date().nullable(),
    /** The place-and-date line as printed, or null when the source has none. */
    dateLine: z.string().nullable(),
    year: z.number().int().min(2000).max(2100),
    /** Draft, issued, in force, amended, replaced or expired; and when it was last checked (plan-status.ts). */
    status: planStatusSchema,
    /** When the plan was published on the site, and when its text or metadata last changed (the feed and sitemap read these). */
    added: z.coerce.date({ error: 'Thiếu ngày đăng kế hoạch lên trang (added).' }),
    updated: z.coerce.date({ error: 'Thiếu ngày sửa kế hoạch gần nhất (updated).' }),
    issuer: z.string().min(3),
    issuerShort: z.string().min(3),
    level: z.enum(['tỉnh', 'xã'], { error: 'Cấp ban hành phải là "tỉnh" hoặc "xã".' }),
    /** One of the 34 provinces (src/lib/provinces.ts): pages, search and downloads are split by it. */
    province: z
      .string({ error: 'Thiếu tỉnh, thành phố (province): mỗi kế hoạch thuộc một trong 34 tỉnh, thành phố.' })
      .refine((name) => provinceByName(name) !== undefined, {
        error: (issue) => `Tỉnh, thành phố “${String(issue.input)}” không có trong danh sách 34 tỉnh, thành phố sau sắp xếp năm 2025 (src/lib/provinces.ts).`,
      }),
    provinceInferred: z.boolean(),
    provinceNote: z.string().optional(),
    family: z.enum(['dtts', 'chat-luong'], { error: 'Nhóm phải là "dtts" (cán bộ người dân tộc thiểu số) hoặc "chat-luong" (chất lượng cán bộ cấp xã).' }),
    signer: z.object({
      name: z.string().min(3),
      position: z.string().min(3),
      /** Signature block lines as printed, e.g. ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]. */
      block: z.array(z.string().min(1)).min(1),
    }),
    legalBasis: z.array(legalBasisSchema).min(1),
    recipients: z.array(z.string().min(1)).min(1),
    /** Typist's mark printed under the recipients (e.g. "Ngannq/KH6"). */
    drafterMark: z.string().optional(),
    /** Closing paragraph ("Trên đây là Kế hoạch …"), printed after the numbered text. */
    closing: z.string().optional(),
    /** Where the source is blank or inconsistent; shown on the page. */
    notes: z.array(z.string().min(5)).default([]),
    /** Transcription noise dropped from the source, exactly as it appears there. */
    removedNoise: z.array(z.object({ text: z.string().min(1), reason: z.string().min(3) })).default([]),
    /** File name of the original transcription in content/sources/. */
    source: z.string().regex(/^[a-z0-9-]+\.txt$/),
    appendix: appendixSchema.optional(),
    obligations: z.array(obligationMarkSchema).default([]),
    notObligations: z.array(notObligationSchema).default([]),
    directingClause: directingClauseSchema.optional(),
  })
  .superRefine((plan, ctx) => {
    for (const issue of statusIssues(plan)) ctx.addIssue({ code: 'custom', ...issue });
    if (plan.updated < plan.added) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: 'Ngày sửa gần nhất (updated) trước ngày đăng (added).' });
    }
    if (plan.number && !plan.numberLine) {
      ctx.addIssue({ code: 'custom', path: ['numberLine'], message: 'Có số hiệu thì phải có dòng "Số: …" như bản gốc.' });
    }
    if (plan.issueDate && plan.issueDate.getUTCFullYear() !== plan.year) {
      ctx.addIssue({ code: 'custom', path: ['year'], message: 'Năm không khớp với ngày ban hành.' });
    }
    if (plan.provinceInferred && !plan.provinceNote) {
      ctx.addIssue({ code: 'custom', path: ['provinceNote'], message: 'Tỉnh suy ra từ văn bản thì phải nói suy ra từ đâu.' });
    }
    plan.obligations.forEach((mark, i) => {
      const same = plan.obligations.filter((m) => m.id === mark.id);
      if (same.length > 1 && !mark.task) {
        ctx.addIssue({ code: 'custom', path: ['obligations', i, 'task'], message: `Điều khoản "${mark.id}" có ${same.length} nhiệm vụ: mỗi nhiệm vụ phải trích lời của mình (task).` });
      } else if (same.findIndex((m) => m === mark) !== same.findIndex((m) => m.task === mark.task)) {
        ctx.addIssue({ code: 'custom', path: ['obligations', i, 'id'], message: `Nghĩa vụ "${mark.id}" được khai hai lần.` });
      }
    });
    const excused = plan.notObligations.flatMap((entry, i) => entry.clauses.map((id, j) => ({ id, path: ['notObligations', i, 'clauses', j] })));
    excused.forEach(({ id, path }, k) => {
      if (excused.findIndex((e) => e.id === id) !== k) {
        ctx.addIssue({ code: 'custom', path, message: `Điều khoản "${id}" được khai hai lần trong notObligations.` });
      } else if (plan.obligations.some((m) => m.id === id)) {
        ctx.addIssue({ code: 'custom', path, message: `Điều khoản "${id}" vừa được ghi là nghĩa vụ vừa được khai là không phải nghĩa vụ.` });
      }
    });
  });

export type PlanData = z.infer<typeof planSchema>;
export type LegalBasis = z.infer<typeof legalBasisSchema>;
export type PlanAppendix = z.infer<typeof appendixSchema>;
export type ObligationMark = z.infer<typeof obligationMarkSchema>;
export type NotObligation = z.infer<typeof notObligationSchema>;
export type DirectingClause = z.infer<typeof directingClauseSchema>;
